"""Search benchmark: Muragat's Whoosh index against SQLite FTS5, on synthetic archives.

Run from the project root (prints tables; never asserts timings; pytest does not collect it)::

    .venv/bin/python tests/bench/search_bench.py [--sizes bundled,300,3000] [--queries N]
        [--repeat R] [--seed S]

A size is ``bundled`` (the archive shipped in resources/) or a number of synthetic ~10 KB
documents (300 ≈ 3 MB, 3000 ≈ 30 MB, 30000 ≈ 300 MB of text), generated deterministically and
lazily. Each size and engine runs in its own subprocess, so peak RSS (ru_maxrss) is per size.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import logging
import math
import os
import platform
import random
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from index.search.items import IndexItem, date_prefixes, hierarchical_tags  # noqa: E402

MARK = "@@RESULT@@ "
CLASSES = ("term", "two-term", "phrase", "common-phrase", "prefix", "fuzzy", "cross-script")
CLASSES += ("faceted",)
CLASS_SECONDS = 30.0
"""Timed rounds per query class stop at about this many seconds (at least one round)."""
REVISION = " This paragraph was revised after publication to correct a date."


def _words(text: str) -> list[str]:
    return text.split()


def _split(text: str) -> list[str]:
    return [" ".join(part.split()) for part in text.split("|")]


def _names(spec: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(a.split("/")), b) for a, b in (entry.split("=") for entry in spec.split())]


# ~2,300 distinct common English words, roughly by frequency (rank drives the Zipf weight).
COMMON = _words("""the of and to a in is that for it as was with be by on not he this are or his
from at which but have an had they you were their one all we can her has there been if more when
will would who so no she other its may these about than some also into them only time could new
two first what then do any like our over such out most even made after many through before where
my your him those year years between because just both under while well how each same own last
very being since did does should three still during against without people state world life
might must used way back much per part however said says say make made know take see get come go
went going think also now government country police public court case law rights human report
said according new national first later day days week weeks month months end group local former
since under including around against until among found told called work made city region
official officials president minister ministry authorities information number members member
support political power force within another right left long great little old big high different
small large next early young important few bad same able several second third whole certain
clear free full general general low major open real recent special true available common
concerned current due final foreign legal main military only particular personal possible
present private public social strong international economic central federal serious previous
total likely short single similar various wide further political human good best better least
less given going held known led left made paid put ran set shown taken told used want wants
wanted ask asked asking need needs needed call calls called try tried trying give gave given
keep kept let lets began begin begins seem seemed seems help helped show showed shows hear heard
play played run runs move moved moves live lived lives believe believed bring brought happen
happened write wrote written provide provided sit stand stood lose lost pay meet met include
included continue continued set learn learned change changed lead understand understood watch
follow followed stop stopped create created speak spoke read allow allowed add added spend spent
grow grew open opened walk walked win won offer offered remember love consider considered appear
appeared buy bought wait waited serve served die died send sent expect expected build built stay
stayed fall fell cut reach reached kill killed remain remained suggest suggested raise raised
pass passed sell sold require required decide decided return returned explain explained hope
hoped develop developed carry carried break broke receive received agree agreed support
supported hit produce produced eat ate cover covered catch caught draw drew choose chose cause
caused point points place places home homes water room rooms mother father money story stories
fact facts month lot lots study book books eye eyes job jobs word words business issue issues
side sides kind head house houses service services friend friends hour hours game games line
lines member night nights party parties thing things area areas system systems program programs
question questions school schools family families student students company companies problem
problems hand hands child children woman women man men community name names president team teams
minute minutes idea ideas body bodies kid kids history information back parent parents face
faces others level levels office offices door doors health person art war wars member result
results morning reason reasons research girl girls guy moment air teacher force education foot
feet boy boys age policy policies music market markets sense nation nations plan plans college
interest death experience effect effects use class classes control care field fields development
role effort efforts rate rates heart drug drugs show leader leaders light voice wife police mind
price prices report decision son sons view relationship town road arm arms difference value
building action actions model season society tax director position player record paper space
ground form event events official matter center couple site project activity star table need
court oil situation cost industry figure street image phone data picture practice piece land
product doctor wall patient worker news test movie north south east west love church chance sign
thought series summer husband period window fire future table film nature century evidence
window baby energy hospital administration direction question authority attention approach
organization memory department network religious student security army campaign officer letter
choice resource population committee source brother trial sister color reading truth player
material amount structure cell answer method region floor speech trade response agency analysis
theory agreement stage condition article property knowledge training fight character environment
blood production computer goal economy purpose private sound process individual share design
quality behavior staff management growth treatment medical technology debate position concern
argument success budget bill deal station culture relation performance newspaper opinion animal
collection candidate risk movement beginning sector victim violence prison conference meeting
writer protection weapon option hotel reform leg radio loss status hair food cancer gun customer
crime challenge account capital employee basis scene institution defense interview style credit
access border subject manager foundation majority wall decade surface strategy image standard
partner version unit discussion island skin bank failure ability mission demand tradition
election judge evening lawyer lady commission phone weekend patient benefit solution
conversation element identity audience safety threat user fund sport sentence investigation task
procedure protest march crowd rally arrest arrests detention detainees prisoner prisoners charge
statement statements claim claims complaint complaints request requests journalist journalists
activist activists blogger bloggers lawyer lawyers defender defenders critic critics citizen
citizens resident residents worker workers union unions organization organizations group groups
movement media outlet outlets website websites post posts video videos message messages account
accounts platform platforms content publication publications article articles broadcast
newspaper newspapers channel channels comment comments criticism opposition candidate candidates
vote votes voter voters parliament parliamentary referendum constitution constitutional
amendment amendments legislation regulation regulations decree decrees code provision provisions
article clause norms standard standards obligation obligations commitment commitments treaty
convention covenant protocol mechanism mechanisms review reviews recommendation recommendations
body bodies council assembly mandate visit visits delegation delegations envoy rapporteur expert
experts monitor monitors observer observers mission missions embassy embassies partner partners
donor donors fund funding grant grants budget spending contract contracts tender company firm
factory mine mines oil gas field fields pipeline energy company workers salary salaries wage
wages pension pensions strike strikes dispute disputes employer employers contract labor labour
occupation hazard injury injuries accident accidents inspection inspections tax taxes fine fines
fee fees penalty penalties sanction sanctions ban bans order orders warning warnings notice
notices summons hearing hearings session sessions verdict verdicts ruling rulings judgment
judgments sentence sentences term terms year month days hours minutes history past present
future today yesterday tomorrow morning afternoon evening night week weekend spring summer
autumn winter season january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday capital city cities
town towns village villages district districts province provinces region regions area areas
territory border borders street streets square squares building buildings office offices station
stations airport airports center centre centers camp camps facility facilities colony colonies
cell cells ward wards hospital hospitals clinic clinics school schools university universities
institute academy library museum theater theatre stadium park parks market markets shop shops
bank banks hotel hotels restaurant cafe house houses apartment apartments home homes family
families mother father son daughter sons daughters brother sister brothers sisters wife husband
wives husbands child children parent parents relative relatives friend friends colleague
colleagues neighbor neighbors stranger strangers guest guests visitor visitors crowd crowds
audience public people person persons individual individuals man men woman women boy boys girl
girls youth young old elderly adult adults minor minors citizen nationals foreigner foreigners
migrant migrants refugee refugees asylum seeker seekers stateless minority minorities ethnic
religious believer believers muslim christian jehovah witness witnesses church churches mosque
mosques faith faiths religion religions belief beliefs prayer prayers literature book books
leaflet leaflets text texts letter letters note notes diary song songs poem poems speech
speeches lecture interview interviews survey surveys study studies research data figure figures
statistic statistics estimate estimates percent percentage share number numbers amount amounts
total totals average level levels rate rates increase increases decrease decline rise growth
fall drop change changes trend trends pattern patterns practice practices tactic tactics method
methods means measure measures step steps move moves effort efforts attempt attempts plan plans
proposal proposals draft drafts bill bills law laws act acts rule rules policy policies strategy
strategies program programmes initiative initiatives project projects reform reforms process
processes procedure procedures system systems structure structures framework institution
institutions agency agencies service services department departments unit units branch branches
division divisions section sections chapter chapters part parts page pages paragraph paragraphs
line lines list lists table tables chart charts map maps photo photos image images picture
pictures film films movie movies show shows program series episode documentary news story
stories headline headlines report reports account accounts version versions copy copies file
files document documents record records archive archives evidence proof testimony testimonies
witness statement account allegation allegations accusation accusations denial denials response
responses reply replies answer answers explanation explanations reason reasons cause causes
effect effects consequence consequences impact impacts result results outcome outcomes success
failure failures progress problem problems difficulty difficulties challenge challenges obstacle
obstacles barrier barriers threat threats risk risks danger dangers fear fears concern concerns
worry anxiety pressure pressures stress tension tensions conflict conflicts crisis crises
emergency emergencies disaster disasters war wars peace security safety protection defense
defence attack attacks assault assaults violence abuse abuses harm harassment intimidation
threat reprisal reprisals retaliation revenge punishment punishments treatment conditions
condition custody confinement isolation solitary medical care doctor doctors nurse nurses
medicine medicines health illness illnesses disease diseases injury wound wounds bruise bruises
pain suffering death deaths body bodies grave graves funeral funerals memory memorial
anniversary celebration holiday holidays festival ceremony ceremonies election elections
campaign campaigns poll polls ballot ballots candidate nominee winner loser victory defeat
result seat seats mandate term office power authority control influence role position post posts
rank ranks title titles status membership leadership leader leaders head heads chief chiefs
chair chairman chairwoman spokesperson spokesman spokeswoman representative representatives
deputy deputies senator senators mayor mayors governor governors akim akims prosecutor judge
judges investigator investigators officer officers agent agents guard guards soldier soldiers
troops army military navy forces border guard staff personnel employee employees official
officials servant servants clerk clerks secretary secretaries minister ministers ambassador
ambassadors diplomat diplomats""")

COMMON += _words("""across above below behind beside beyond near far inside outside toward towards
upon via despite although though unless whether either neither nor yet already almost always
never often sometimes usually rarely quite rather really simply nearly fully partly mostly
largely mainly entirely truly actually probably perhaps maybe indeed instead otherwise therefore
thus hence meanwhile moreover again ago ahead alone along apart away soon later once twice
everywhere somewhere anywhere nowhere everyone someone anyone nobody everything something
anything nothing whatever whoever whenever wherever whom whose why itself himself herself
themselves ourselves myself yourself each every enough half double single both several numerous
countless hundreds thousands millions dozen dozens four five six seven eight nine ten eleven
twelve twenty thirty forty fifty hundred thousand million billion fourth fifth tenth dozenth
once quickly slowly suddenly gradually recently currently previously immediately eventually
finally initially originally formally officially publicly privately openly secretly allegedly
reportedly apparently clearly obviously certainly definitely possibly especially particularly
specifically generally typically normally widely deeply highly strongly heavily seriously badly
poorly properly directly indirectly effectively successfully repeatedly regularly frequently
constantly continuously temporarily permanently unlawfully arbitrarily beautiful difficult easy
hard simple complex complicated certain uncertain happy sad angry afraid aware unaware careful
careless busy quiet loud dark bright cold hot warm cool dry wet heavy light thick thin wide
narrow deep shallow rich poor cheap expensive fair unfair safe unsafe healthy sick dead alive
fresh modern ancient traditional familiar strange unusual normal natural artificial physical
mental emotional moral ethical spiritual cultural historical regional rural urban industrial
agricultural commercial financial technical scientific academic professional official unofficial
formal informal legal illegal lawful unlawful criminal civil judicial administrative executive
legislative electoral democratic authoritarian repressive independent dependent responsible
irresponsible reliable accurate inaccurate false correct wrong proper improper appropriate
adequate sufficient excessive extreme moderate severe harsh lenient brutal cruel inhuman
degrading humane vulnerable marginalized disabled pregnant elderly orphaned homeless unemployed
employed skilled unskilled educated illiterate famous popular unknown anonymous secret hidden
visible obvious apparent evident explicit vague broad narrow specific detailed brief lengthy
entire complete partial incomplete initial final ultimate primary secondary basic essential
necessary unnecessary useful useless effective ineffective efficient successful unsuccessful
positive negative neutral active passive direct indirect immediate urgent gradual sudden rapid
slow fast quick early late annual monthly weekly daily nightly frequent rare occasional regular
irregular permanent temporary continuous ongoing pending outstanding remaining additional extra
other another further closer nearby distant remote local domestic foreign regional global
worldwide nationwide continental western eastern northern southern central soviet russian
chinese european american asian kazakh kyrgyz uzbek tajik turkmen british german french turkish
korean accept accepted accuse accused achieve achieved acquire acquired address addressed admit
admitted adopt adopted affect affected afford announce announced apply applied appoint appointed
approve approved argue argued arrange arranged assess assessed assign assigned assist assisted
assume assumed attach attached attend attended attract attracted avoid avoided base based bear
beat become became beg behave belong bend bind bite blame blamed blow borrow bother burn burned
bury buried calculate cancel cancelled capture captured celebrate challenged claim claimed climb
close closed collect collected combine combined comment commented commit committed compare
compared compete complain complained complete completed conclude concluded conduct conducted
confirm confirmed connect connected contain contained contribute contributed convince convinced
cooperate count counted criticize criticized cross crossed damage damaged deal dealt declare
declared declined defend defended define defined delay delayed deliver delivered demand demanded
deny denied depend describe described deserve design designed destroy destroyed detect determine
determined disappear disappeared discover discovered discuss discussed display distribute
distributed divide divided document documented doubt drag dress drink drive drove drop dropped
earn earned educate elect elected eliminate emerge emerged employ employed enable encourage
encouraged enforce enforced engage engaged enjoy enter entered escape escaped establish
established estimate evaluate examine examined exceed exist existed expand expanded experience
explore expose exposed express expressed extend extended face faced fail failed feed feel felt
fight fought fill filled find finish finished fit fix flee fled fly focus focused forbid
forbidden forget forgot forgive form formed found founded gain gained gather gathered guarantee
guaranteed handle handled hang hate hide hid hold identify identified ignore ignored illustrate
imagine impose imposed improve improved indicate indicated influence inform informed insist
insisted install intend intended introduce introduced invest invested investigate investigated
invite invited involve involved join joined judge judged jump justify justified kick knock label
lack lacked land last laugh launch launched lay lie lied limit limited link listen listened
locate located look looked maintain maintained manage managed mark marked marry married matter
mean meant mention mentioned miss missed mix monitor monitored""")

HUMAN_RIGHTS = _words("""court sentenced detained extremism charges journalist activist restricted
freedom torture appeal prosecutors convicted acquitted arrested imprisoned released pardoned
amnesty parole probation custody pretrial investigation interrogation interrogated beaten
tortured mistreated ill-treatment abuse abuses impunity accountability justice prosecution
prosecuted indictment indicted defendant defendants plaintiff lawsuit lawsuits appeals appealed
upheld overturned conviction convictions sentence suspended restricted restrictions restriction
censorship censored blocked blocking surveillance monitoring harassment harassed intimidated
intimidation protest protests protesters demonstrators demonstration demonstrations rally
rallies unsanctioned peaceful assembly association expression speech press media journalists
independent outlets disinformation inciting incitement discord hatred extremist extremists
terrorism terrorist banned ban banning dissolved liquidated registration registered unregistered
nongovernmental civil society defenders advocacy activists opposition dissident dissidents
political prisoner prisoners hunger strike detention detainees detainee administrative arrest
fined fines penalty penalties violation violations violated obligations international treaty
covenant rapporteur ombudsman commissioner discrimination equality gender women violence
domestic rape sexual lgbt minorities ethnic religious believers worship asylum refugees
deportation deported extradition extradited stateless migrants labor workers union unions strike
strikes dismissed dismissal forced labor bonded confiscated property expropriation eviction
evictions demolished compensation reparations rehabilitation torturers perpetrators victims
witnesses testimony lawyer lawyers attorney counsel bar disbarred judiciary prosecutor
prosecutors investigators police security services interior national constitution constitutional
amendments legislation law bill decree parliament referendum election elections observers fraud
vote""")

COLLOCATIONS = _split(
    "freedom of expression|freedom of assembly|human rights defenders|criminal charges|peaceful"
    " protest|pretrial detention|sentenced to prison|false information|inciting discord|forced"
    " labor|hunger strike|the Supreme Court|unsanctioned rally|labor activists|religious believers"
    "|asylum seekers|press freedom|fair trial|arbitrary detention|law enforcement|public"
    " associations|foreign funding|suspended sentence|appeals court|extremist organization"
    "|criminal case|special rapporteur|travel ban|house arrest|prison colony|defense lawyer"
    "|national security|parole restrictions|independent journalists|civil society|domestic"
    " violence|restricted freedom|political prisoners"
)
COMMON_PHRASES = _split(
    "of the|in the|to the|and the|on the|for the|to be|it is|of a|in a|at the|by the|with the"
    "|from the|that the|is a|as a|was the|and a|is the"
)
SECTIONS = _split(
    "Freedom of Expression|Freedom of Assembly|Torture and Ill-Treatment|Accountability and"
    " Justice|Civil Society|Women’s Rights|Labor Rights|Refugees and Asylum Seekers|Key"
    " International Actors|Religious Freedom|Elections and Political Participation|Sexual"
    " Orientation and Gender Identity"
)
TAGS = _split(
    "charges/extremism|charges/false-information|detention/pretrial|torture|media/online|protest"
    "|labor/strike"
)
MONTH_NAMES = _words(
    "January February March April May June July August September October November December"
)
# Name spellings used in the synthetic text (a/b) = a spelling in the other script, used only as
# a cross-script query (never in the text), so FTS5 cannot find it and Muragat must fold it.
LATIN_GIVEN = _names(
    "Yerlan/Erlan=Ерлан Aigerim/Aygerim=Әйгерім Nurlan=Нұрлан Zhanar=Жанар Temirlan=Темірлан"
    " Dauren=Дәурен Bakhytzhan/Bakhitzhan=Бахытжан Gulnara=Гүлнара Asel/Assel=Әсел Serik=Серік"
)
LATIN_SURNAMES = _names(
    "Yensebek/Ensebek=Енсебек Zhylanbaev/Zhylanbayev=Жыланбаев Kassym/Qasym=Қасым"
    " Akhmetova/Ahmetova=Ахметова Serikbayev/Serikbaev=Серікбаев Tulegenova=Түлегенова"
    " Zhaksylykov=Жақсылықов Nurpeisova/Nurpeissova=Нұрпейісова Kuanyshev=Қуанышев"
    " Dzhaksybekov/Zhaksybekov=Жақсыбеков Yesimova/Esimova=Есімова Ospanov=Оспанов"
)
CYRILLIC_GIVEN = _names(
    "Ғалымжан/Галымжан=Galymzhan Жанат/Жаңат=Zhanat Әлия/Алия=Aliya Қайрат/Кайрат=Kairat"
    " Ерболат=Yerbolat Нұрсұлтан=Nursultan"
)
CYRILLIC_SURNAMES = _names(
    "Төлеубаев=Toleubayev Мұратбаев/Муратбаев=Muratbayev Сәрсенбаева/Сарсенбаева=Sarsenbayeva"
    " Құдайбергенов/Кудайбергенов=Kudaibergenov Жұмабекова=Zhumabekova"
    " Шыңғысов/Шынгысов=Shyngysov"
)
ALL_NAMES = LATIN_GIVEN + LATIN_SURNAMES + CYRILLIC_GIVEN + CYRILLIC_SURNAMES

VOCAB = list(dict.fromkeys(w for w in COMMON[:150] + HUMAN_RIGHTS + COMMON[150:] if w != "i"))
CUM = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(VOCAB))))
YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
Name = tuple[tuple[str, ...], str]


def _mention(rng: random.Random, given: Name, surname: Name) -> str:
    last = rng.choice(surname[0])
    roll = rng.random()
    if roll < 0.4:
        return f"{rng.choice(given[0])} {last}"
    return f"{last}’s" if roll < 0.55 else last


def _paragraph(
    rng: random.Random, target: int, people: list[tuple[Name, Name]], dates: list[str]
) -> tuple[str, set[int]]:
    sentences: list[str] = []
    size, mentioned = 0, set()
    while size < target:
        words = rng.choices(VOCAB, cum_weights=CUM, k=rng.randint(6, 22))
        roll = rng.random()
        if roll < 0.3:
            who = rng.randrange(len(people))
            mentioned.add(who)
            words.insert(rng.randrange(len(words) + 1), _mention(rng, *people[who]))
        elif roll < 0.55:
            words.insert(rng.randrange(len(words) + 1), rng.choice(COLLOCATIONS))
        if rng.random() < 0.12:
            d = rng.choice(dates)
            words.insert(0, f"on {MONTH_NAMES[int(d[5:7]) - 1]} {int(d[8:])}, {d[:4]},")
        if len(words) > 10 and rng.random() < 0.4:
            words[rng.randrange(3, len(words) - 2)] += ","
        sentence = " ".join(words)
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
        size += len(sentences[-1]) + 1
    return " ".join(sentences), mentioned


def synthetic_items(count: int, seed: int) -> Iterator[IndexItem]:
    """``count`` documents of 8-15 paragraphs (600-1200 chars), one item per paragraph."""
    for n in range(count):
        rng = random.Random(f"{seed}:{n}")
        doc_id, year = f"doc{n:05d}", rng.randint(2016, 2025)
        cyrillic = rng.random() < 0.3
        given, surnames = (
            (CYRILLIC_GIVEN, CYRILLIC_SURNAMES) if cyrillic else (LATIN_GIVEN, LATIN_SURNAMES)
        )
        people = [(rng.choice(given), rng.choice(surnames)) for _ in range(rng.randint(2, 4))]
        sections = rng.sample(SECTIONS, rng.randint(2, 4))
        paras = rng.randint(8, 15)
        for k in range(paras):
            section = sections[k * len(sections) // paras]
            dates = [f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]
            text, mentioned = _paragraph(rng, rng.randint(600, 1200), people, dates)
            found = set(YEAR_RE.findall(text))
            names = [people[i] for i in sorted(mentioned)]
            tags = rng.sample(TAGS, rng.randint(0, 2)) if rng.random() < 0.3 else []
            person = [" ".join((*g[0], *s[0], g[1], s[1])) for g, s in names]
            yield IndexItem(
                id=f"{doc_id}-p{k:02d}",
                kind="paragraph",
                fields={
                    "bundle": "synthetic",
                    "doc_id": doc_id,
                    "document": f"Synthetic report {n}",
                    "para_id": f"{doc_id}-p{k:02d}",
                    "section_id": re.sub(r"\W+", "-", section.lower()).strip("-"),
                    "section": section,
                    "title": section,
                    "text": text,
                    "ordinal": k,
                    "person": "\n".join(person),
                    "date": date_prefixes(set(dates) | found),
                    "year": {d[:4] for d in dates} | found,
                    "tag": hierarchical_tags(tags),
                },
            )


def _take(rng: random.Random, pool: list[str], n: int) -> list[str]:
    picked = rng.sample(pool, min(n, len(pool)))
    return list(itertools.islice(itertools.cycle(picked), n))


def _misspellings(rng: random.Random, words: list[str], n: int) -> list[str]:
    """One letter changed, and no spelling, stem or name key of it in the corpus vocabulary."""
    from whoosh.lang.porter2 import stem

    from index.search.names import fold_name

    vocab = set(VOCAB) | {w for c in COLLOCATIONS for w in c.lower().split()}
    vocab |= {v.lower() for (spellings, query) in ALL_NAMES for v in (*spellings, query)}
    stems, folds = {stem(w) for w in vocab}, {fold_name(w) for w in vocab}
    out: list[str] = []
    for word in itertools.cycle(rng.sample(words, len(words))):
        for _ in range(20):
            i = rng.randrange(2, len(word))
            bad = word[:i] + rng.choice("abdegiklmnorstuvz") + word[i + 1 :]
            low = bad.lower()
            if low not in vocab and stem(low) not in stems and fold_name(bad) not in folds:
                out.append(bad)
                break
        if len(out) == n:
            return out
    return out


def build_queries(n: int, seed: int) -> dict[str, list[str]]:
    """The same ``n`` queries per class for every size and both engines."""
    rng = random.Random(f"{seed}:queries")
    hr = sorted({w for w in HUMAN_RIGHTS if len(w) >= 5 and w.isalpha()})
    content = [w for w in VOCAB[200:1500] if len(w) >= 4 and w.isalpha()]
    terms = _take(rng, hr, n - n // 2) + _take(rng, content, n // 2)
    long_names = [v for spellings, _ in LATIN_SURNAMES for v in spellings if len(v) >= 8]
    return {
        "term": terms,
        "two-term": [
            f"{a} {b}" for a, b in zip(_take(rng, hr, n), _take(rng, content, n), strict=True)
        ],
        "phrase": [f'"{p}"' for p in _take(rng, COLLOCATIONS, n)],
        "common-phrase": [f'"{p}"' for p in _take(rng, COMMON_PHRASES, n)],
        "prefix": [w[: max(4, len(w) - 3)] + "*" for w in _take(rng, hr, n)],
        "fuzzy": _misspellings(rng, long_names, n // 2)
        + _misspellings(rng, [w for w in hr if len(w) >= 8], n - n // 2),
        "cross-script": _take(rng, [query for _, query in ALL_NAMES], n),
        "faceted": terms,
    }


def fts_match(cls: str, query: str) -> str:
    """The FTS5 MATCH expression for a Muragat query, every token double-quoted."""

    def quote(s: str) -> str:
        return '"' + s.replace('"', '""') + '"'

    if cls == "prefix":
        return quote(query.rstrip("*")) + "*"
    if query.startswith('"'):
        return quote(query.strip('"'))
    return " ".join(quote(w) for w in query.split())


class Feed:
    """An item source that times its own generation (excluded from build times) and can change
    one item's text."""

    def __init__(self, factory: Callable[[], Iterable[IndexItem]], changed: str | None = None):
        self.factory, self.changed = factory, changed
        self.seconds, self.items, self.bytes = 0.0, 0, 0

    def __call__(self) -> Iterator[IndexItem]:
        self.seconds, self.items, self.bytes = 0.0, 0, 0
        it = iter(self.factory())
        while True:
            start = time.perf_counter()
            item = next(it, None)
            if item is not None:
                if item.id == self.changed:
                    item.fields["text"] += REVISION
                self.items += 1
                self.bytes += len(item.fields.get("text", "").encode("utf-8"))
            self.seconds += time.perf_counter() - start
            if item is None:
                return
            yield item


def make_factory(size: str, seed: int) -> tuple[Callable[[], Iterable[IndexItem]], str]:
    if size == "bundled":
        from index.archive import load_archive
        from index.search.items import archive_items

        archive = load_archive(None)
        first = next(p.id for p in archive.paragraphs())
        return (lambda: archive_items(archive)), first
    count = int(size)
    return (lambda: synthetic_items(count, seed)), f"doc{count // 2:05d}-p00"


def code_fingerprint() -> str:
    """sha256 of index/search/*.py as this process imported it (another engineer may edit them)."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "index" / "search").glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def git_state() -> str:
    def git(*args: str) -> str:
        run = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return run.stdout.strip()

    status = git("status", "--porcelain", "--", "index").splitlines()
    dirty = [line.split(maxsplit=1)[-1] for line in status]
    return f"git {git('rev-parse', '--short', 'HEAD')}" + (
        f" + uncommitted {', '.join(dirty)}" if dirty else ""
    )


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def folder_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(p * len(ordered)) - 1)] if ordered else float("nan")


def measure(run: Callable[[str], tuple[int, str]], queries: list[str], repeat: int) -> dict:
    """Warm each query once (keeping its hit count and note), then time up to ``repeat`` rounds:
    fewer when the warm round was slow, so a big size stays within minutes."""
    start = time.perf_counter()
    warm = [run(q) for q in queries]
    rounds = max(1, min(repeat, int(CLASS_SECONDS / (time.perf_counter() - start))))
    samples = []
    for _ in range(rounds):
        for q in queries:
            start = time.perf_counter()
            run(q)
            samples.append((time.perf_counter() - start) * 1000)
    notes = [note for _, note in warm if note]
    return {
        "p50": pct(samples, 0.5),
        "p95": pct(samples, 0.95),
        "rounds": rounds,
        "hits": [h for h, _ in warm],
        "notes": {n: notes.count(n) for n in sorted(set(notes))},
    }


def worker_muragat(size: str, args: argparse.Namespace) -> dict[str, Any]:
    from index.search.engine import SearchEngine

    factory, changed = make_factory(size, args.seed)
    out: dict[str, Any] = {"rss_base": rss_mb(), "code": code_fingerprint()}
    with tempfile.TemporaryDirectory(prefix="muragat-bench-") as tmp:
        feed = Feed(factory)
        index = SearchEngine(Path(tmp) / "index", sources=[feed])
        for step, source in (("build", feed), ("noop", feed), ("update", Feed(factory, changed))):
            index.sources = [source]
            log(f"[{size}/muragat] {step}")
            start = time.perf_counter()
            report = index.ensure()
            out[step] = time.perf_counter() - start - source.seconds
            out[f"{step}_report"] = f"+{report.added} ~{report.updated} ={report.unchanged}"
            out.setdefault("items", source.items)
            out.setdefault("bytes", source.bytes)
            out.setdefault("generate", source.seconds)
        out["rss_build"], out["disk"] = rss_mb(), folder_mb(Path(tmp) / "index")

        def run(cls: str) -> Callable[[str], tuple[int, str]]:
            def one(q: str) -> tuple[int, str]:
                r = index.search(q, limit=20, facets=cls == "faceted")
                note = "fuzzy" if r.fuzzy else ""
                note += " partial" if r.partial else ""
                note += " REBUILT" if any("rebuilt" in m for m in r.messages) else ""
                return r.total, note.strip()

            return one

        out["classes"] = {}
        for cls, queries in build_queries(args.queries, args.seed).items():
            log(f"[{size}/muragat] {cls}")
            out["classes"][cls] = measure(run(cls), queries, args.repeat)
    out["rss_end"], out["load"] = rss_mb(), os.getloadavg()[1]
    return out


def worker_fts5(size: str, args: argparse.Namespace) -> dict[str, Any]:
    factory, changed = make_factory(size, args.seed)
    out: dict[str, Any] = {"rss_base": rss_mb(), "code": code_fingerprint()}
    with tempfile.TemporaryDirectory(prefix="fts5-bench-") as tmp:
        db = sqlite3.connect(Path(tmp) / "fts.db")
        feed = Feed(factory)
        log(f"[{size}/fts5] build")
        start = time.perf_counter()
        db.execute(
            "CREATE VIRTUAL TABLE fts USING fts5(id UNINDEXED, text,"
            " tokenize='porter unicode61 remove_diacritics 2')"
        )
        db.execute("CREATE TABLE facet(doc INTEGER, name TEXT, value TEXT)")
        with db:
            for rowid, item in enumerate(feed(), 1):
                f = item.fields
                text = f.get("text", "") + "\n" + f.get("title", "")
                db.execute(
                    "INSERT INTO fts(rowid, id, text) VALUES (?, ?, ?)", (rowid, item.id, text)
                )
                rows = [("kind", item.kind), ("section", f.get("section_id", ""))]
                rows += [(name, v) for name in ("year", "tag") for v in f.get(name, ())]
                db.executemany(
                    "INSERT INTO facet VALUES (?, ?, ?)", [(rowid, n, v) for n, v in rows if v]
                )
            db.execute("CREATE INDEX facet_doc ON facet(doc)")
        out["build"] = time.perf_counter() - start - feed.seconds
        out.update(items=feed.items, bytes=feed.bytes, generate=feed.seconds)
        target = next(i for i in factory() if i.id == changed)
        start = time.perf_counter()
        with db:
            rowid = db.execute("SELECT rowid FROM fts WHERE id = ?", (changed,)).fetchone()[0]
            new = target.fields["text"] + REVISION + "\n" + target.fields.get("title", "")
            db.execute("UPDATE fts SET text = ? WHERE rowid = ?", (new, rowid))
        out["update"] = time.perf_counter() - start
        out["rss_build"], out["disk"] = rss_mb(), folder_mb(Path(tmp))

        def run(cls: str) -> Callable[[str], tuple[int, str]]:
            def one(q: str) -> tuple[int, str]:
                match = fts_match(cls, q)
                try:
                    db.execute(
                        "SELECT id, snippet(fts, 1, '<b>', '</b>', '…', 16) FROM fts"
                        " WHERE fts MATCH ? ORDER BY rank LIMIT 20",
                        (match,),
                    ).fetchall()
                    total = db.execute(
                        "SELECT count(*) FROM fts WHERE fts MATCH ?", (match,)
                    ).fetchone()[0]
                    if cls == "faceted":
                        db.execute(
                            "SELECT f.name, f.value, count(*) FROM facet f JOIN (SELECT rowid AS r"
                            " FROM fts WHERE fts MATCH ?) m ON f.doc = m.r GROUP BY 1, 2",
                            (match,),
                        ).fetchall()
                except sqlite3.OperationalError as exc:
                    return 0, f"error: {exc}"
                return total, ""

            return one

        out["classes"] = {}
        for cls, queries in build_queries(args.queries, args.seed).items():
            log(f"[{size}/fts5] {cls}")
            out["classes"][cls] = measure(run(cls), queries, args.repeat)
        db.close()
    out["rss_end"], out["load"] = rss_mb(), os.getloadavg()[1]
    return out


def log(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


def run_size(size: str, args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    results = {}
    for engine in ("muragat", "fts5"):
        cmd = [sys.executable, __file__, "--worker", f"{size}:{engine}", "--queries"]
        cmd += [str(args.queries), "--repeat", str(args.repeat), "--seed", str(args.seed)]
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True)
        line = next(ln for ln in proc.stdout.splitlines() if ln.startswith(MARK))
        results[engine] = json.loads(line[len(MARK) :])
    return results


def median(values: list[int]) -> int:
    return sorted(values)[len(values) // 2] if values else 0


def times(a: float, b: float) -> str:
    ratio = a / b if b else float("inf")
    return f"{ratio:.1f}x" if ratio < 10 else f"{ratio:.0f}x"


def print_size(size: str, r: dict[str, dict[str, Any]]) -> None:
    m, f = r["muragat"], r["fts5"]
    mb = m["bytes"] / 1e6
    label = "bundled archive" if size == "bundled" else f"{int(size):,} synthetic documents"
    print(f"\n=== {label}: {m['items']:,} items, {mb:.2f} MB of text ===")
    print(
        f"  (5-minute load average at the end: Muragat run {m['load']:.2f}, "
        f"FTS5 run {f['load']:.2f})"
    )
    print(f"{'':24}{'Muragat (Whoosh)':<34}SQLite FTS5")
    rows = [
        (
            "full build",
            f"{m['build']:.2f} s  {mb / m['build']:.2f} MB/s",
            f"{f['build']:.2f} s  {mb / f['build']:.2f} MB/s",
        ),
        ("no-op ensure()", f"{m['noop']:.3f} s  {m['noop_report']}", "-"),
        (
            "1 paragraph changed",
            f"{m['update']:.3f} s  {m['update_report']}",
            f"{f['update']:.4f} s (UPDATE by id)",
        ),
        (
            "peak RSS",
            f"{m['rss_build']:.0f} MB (+{m['rss_build'] - m['rss_base']:.0f} MB)",
            f"{f['rss_build']:.0f} MB (+{f['rss_build'] - f['rss_base']:.0f} MB)",
        ),
        ("index on disk", f"{m['disk']:.1f} MB", f"{f['disk']:.1f} MB"),
        ("index/search sha256", m["code"], f["code"]),
        (
            "(text generation)",
            f"{m['generate']:.2f} s, excluded",
            f"{f['generate']:.2f} s, excluded",
        ),
    ]
    for name, a, b in rows:
        print(f"  {name:<22}{a:<34}{b}")
    head = (
        "class",
        "runs",
        "M p50",
        "M p95",
        "F p50",
        "F p95",
        "x p50",
        "x p95",
        "M hits",
        "F hits",
    )
    head += ("M 0", "F 0", "notes")
    print(f"  {'':<18}{'latency ms (M = Muragat, F = FTS5)':<50}{'median hits':<16}zero-hit")
    fmt = "  {:<14}{:>6}{:>8}{:>8}{:>8}{:>8}{:>7}{:>7}{:>8}{:>8}{:>5}{:>5}  {}"
    print(fmt.format(*head))
    for cls in CLASSES:
        a, b = m["classes"][cls], f["classes"][cls]
        notes = [f"{k} {v}/{len(a['hits'])}" for k, v in a["notes"].items()]
        notes += [f"FTS5 {k} {v}" for k, v in b["notes"].items()]
        notes += {"fuzzy": ["FTS5 has no fuzzy"], "cross-script": ["FTS5 has no folding"]}.get(
            cls, []
        )
        print(
            fmt.format(
                cls,
                f"{len(a['hits'])}x{a['rounds']}",
                f"{a['p50']:.1f}",
                f"{a['p95']:.1f}",
                f"{b['p50']:.2f}",
                f"{b['p95']:.2f}",
                times(a["p50"], b["p50"]),
                times(a["p95"], b["p95"]),
                median(a["hits"]),
                median(b["hits"]),
                a["hits"].count(0),
                b["hits"].count(0),
                "; ".join(notes),
            )
        )


def print_targets(size: str, r: dict[str, dict[str, Any]]) -> None:
    m, f = r["muragat"], r["fts5"]
    print(f"\n=== Targets at {int(size):,} documents ===")

    def verdict(ok: bool) -> str:
        return "MET" if ok else "MISSED"

    rate = m["bytes"] / 1e6 / m["build"]
    print(f"  {'indexing >= 2 MB/s':<34}{rate:>8.2f} MB/s  {verdict(rate >= 2)}")
    for cls in CLASSES:
        p95, ratio = m["classes"][cls]["p95"], m["classes"][cls]["p95"] / f["classes"][cls]["p95"]
        note = " (FTS5 finds nothing)" if cls in ("fuzzy", "cross-script") else ""
        print(
            f"  {cls + ' p95 <= 50 ms':<34}{p95:>8.1f} ms    {verdict(p95 <= 50):<8}"
            f"p95 <= 3x FTS5 {times(p95, f['classes'][cls]['p95']):>7}  {verdict(ratio <= 3)}{note}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="bundled,300,3000")
    parser.add_argument("--queries", type=int, default=20, help="queries per class")
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds per query")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    if args.worker:
        size, engine = args.worker.split(":")
        run = worker_muragat if engine == "muragat" else worker_fts5
        print(MARK + json.dumps(run(size, args)), flush=True)
        return
    import whoosh

    started = time.perf_counter()
    print(
        f"machine: {platform.machine()} {platform.system()} {platform.release()}, "
        f"nproc {len(os.sched_getaffinity(0))}, Python {platform.python_version()}, "
        f"Whoosh {whoosh.versionstring()}, SQLite {sqlite3.sqlite_version}; {git_state()}; "
        f"load average {os.getloadavg()[0]:.2f} (other processes share these CPUs)"
    )
    print(
        f"queries: {args.queries} per class, warmed once, then timed in up to {args.repeat} "
        f"rounds (fewer if the warm round took > {CLASS_SECONDS:.0f} s: 'runs' = queries x rounds)"
    )
    print("Muragat: SearchEngine.search(q, limit=20, facets=False), facets=True for 'faceted'")
    print(
        "FTS5: top 20 by rank with snippet() + count(*); 'faceted' adds a GROUP BY count over "
        "kind/section/year/tag"
    )
    print(
        "peak RSS: ru_maxrss of a fresh subprocess per size and engine "
        "(+ = growth over RSS after imports); build times exclude text generation"
    )
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    results = {}
    for size in sizes:
        results[size] = run_size(size, args)
        print_size(size, results[size])
        sys.stdout.flush()
    numeric = [s for s in sizes if s != "bundled"]
    target = "3000" if "3000" in numeric else (max(numeric, key=int) if numeric else None)
    if target:
        print_targets(target, results[target])
    print(f"\ntotal run time: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
