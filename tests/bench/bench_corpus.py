"""Documents like the ones users import, for the benchmarks (issue 23): 10-15 KB each, English
prose with Russian and Kazakh paragraphs mixed in, headings, people's names in several spellings
across scripts, places, dates, and a vocabulary of well over 50,000 word forms with a Zipf-like
frequency (``the``, ``of``, ``to``, ``right`` very common, most words rare).

    .venv/bin/python tests/bench/bench_corpus.py --documents 3000 --out DIR [--seed 2026]

writes ``DIR/NNNNN-slug.md`` (about 60 %), ``.txt`` (30 %) and ``.html`` (10 %) files and prints
the corpus's stats (documents, MB, mean KB, distinct words). From Python: ``write_corpus(folder,
documents, seed)`` (returns `CorpusStats`) or ``documents(count, seed)`` (yields `Document`,
nothing written). The same seed gives byte-identical files on every machine: nothing is
downloaded or read from the system; the vocabulary is built from the bundled report's words,
the word lists below, English suffixes, Russian and Kazakh case endings (with Kazakh vowel
harmony) and pronounceable synthetic stems, all from a fixed seed.

What a document is like: a title with a case number, 3-6 sections under headings, paragraphs
of 300-1,400 characters. Its main language is English (65 %), Russian (20 %) or Kazakh (15 %),
and a fifth of its paragraphs are in one of the other two (quotations, translated passages).
Each document is about 2-4 people, written in the spelling its source would use (Latin in
English, with variants such as Yensebek/Ensebek and Zhylanbaev/Zhylanbayev; Russian Cyrillic
with Russian case endings in Russian; Kazakh Cyrillic with Kazakh case endings in Kazakh),
places in each script (Almaty/Алматы, Qaraghandy/Караганда/Қарағанды), dates in each
language's styles, and a few rare words of its own used several times (a document's topic).
"""

from __future__ import annotations

import argparse
import bisect
import functools
import html
import itertools
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "resources" / "bundles" / "hrw-wr2026-kazakhstan" / "report.md"
CORPUS_VERSION = 1  # raise it when the documents change: cached data folders are keyed by it
VOCABULARY_SEED = "muragat-bench-vocabulary-1"
ZIPF = 1.1
WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")


def _w(text: str) -> list[str]:
    return text.split()


# -- English -------------------------------------------------------------------------------------
# The head of the curve, in about the order of their frequency in English prose.
EN_HEAD = _w("""the of and to a in is that for it as was with be by on not he this are or his
from at which but have an they were been has their had its also who more after all would there
she her we can them into other than only over such some these two new years most when may any
first time what about out up said will people while between under both during without against
through government right rights law court authorities human police state public those since
including because year before did could should being where many then them each further until
no so if made against however country national international three used own well former
against law""")
# Words of the field (human-rights reporting), then general prose: the middle of the curve.
EN_FIELD = _w("""court sentenced detained extremism charges journalist activist restricted freedom
torture appeal prosecutors convicted acquitted arrested imprisoned released pardoned amnesty
parole probation custody pretrial investigation interrogation beaten tortured mistreated abuse
impunity accountability justice prosecution indictment defendant plaintiff lawsuit conviction
sentence suspended restriction censorship blocked surveillance monitoring harassment intimidated
intimidation protest protesters demonstrators demonstration rally peaceful assembly association
expression speech press media independent outlets disinformation inciting incitement discord
hatred extremist terrorism terrorist banned dissolved liquidated registration unregistered
nongovernmental civil society defenders advocacy opposition dissident political prisoner hunger
strike detention detainee administrative arrest fined penalty violation obligations treaty
covenant rapporteur ombudsman commissioner discrimination equality gender women violence domestic
sexual minorities ethnic religious believers worship asylum refugees deportation extradition
stateless migrants labor workers union dismissed forced bonded confiscated property eviction
demolished compensation rehabilitation perpetrators victims witnesses testimony lawyer attorney
counsel judiciary investigators security services interior constitution constitutional amendment
legislation bill decree parliament referendum election observers fraud vote hearing verdict
judge judges trial trials colony penal cell guard guards officer officers ministry minister
prosecutor complaint complaints petition petitions inquiry commission decision ruling upheld
overturned closed open session hearings sentence fine fines bail release transfer medical health
family families relatives mother father son daughter wife husband children child lawyer's
statement statements report reports document documents evidence video footage photographs
social network networks online post posts account accounts channel messenger website blogger
bloggers newspaper editor editors broadcaster television radio license accreditation foreign
agent agents funding grant grants donor donors organization organizations group groups movement
party parties leader leaders member members supporter supporters critic critics""")
EN_GENERAL = _w("""across above below behind beside beyond near far inside outside toward upon
despite although though unless whether either neither nor yet already almost always never often
sometimes usually rarely quite rather really simply nearly fully partly mostly largely mainly
entirely actually probably perhaps indeed instead otherwise therefore thus meanwhile moreover
again ago ahead alone along apart away soon later once twice everyone someone anyone nobody
everything something anything nothing whom whose why itself himself herself themselves each
every enough half double single several numerous hundreds thousands millions dozen four five six
seven eight nine ten twenty thirty hundred thousand million quickly slowly suddenly gradually
recently currently previously immediately eventually finally initially formally officially
publicly privately openly secretly allegedly reportedly apparently clearly certainly possibly
especially particularly specifically generally typically widely deeply highly strongly heavily
seriously badly properly directly effectively repeatedly regularly frequently constantly
temporarily permanently unlawfully arbitrarily difficult easy hard simple complex certain aware
careful busy quiet dark cold hot warm dry heavy light wide narrow deep rich poor cheap fair
unfair safe healthy sick dead alive fresh modern ancient traditional familiar strange unusual
normal natural physical mental moral cultural historical regional rural urban industrial
commercial financial technical academic professional official formal informal legal illegal
lawful unlawful criminal civil judicial executive legislative electoral democratic repressive
responsible reliable accurate false correct wrong proper appropriate adequate excessive extreme
severe harsh brutal cruel inhuman degrading vulnerable disabled pregnant elderly homeless
unemployed famous popular unknown anonymous secret hidden visible obvious vague broad specific
detailed brief lengthy entire complete partial initial final primary basic essential necessary
useful effective efficient successful positive negative neutral active passive immediate urgent
sudden rapid slow fast quick early late annual monthly weekly daily rare regular permanent
temporary ongoing pending remaining additional other another further local foreign global
western eastern northern southern central soviet russian chinese european american asian kazakh
kyrgyz uzbek tajik british german french turkish accept accuse achieve acquire address admit
adopt affect announce apply appoint approve argue arrange assess assist assume attach attend
avoid base bear become beg belong blame borrow burn bury calculate cancel capture celebrate
claim close collect combine comment commit compare compete complain complete conclude conduct
confirm connect contain contribute convince cooperate count criticize cross damage deal declare
decline defend define delay deliver demand deny depend describe deserve design destroy detect
determine disappear discover discuss display distribute divide doubt drink drive drop earn
educate elect eliminate emerge employ enable encourage enforce engage enjoy enter escape
establish estimate evaluate examine exceed exist expand experience explore expose express extend
face fail feed feel fight fill find finish fix flee fly focus forbid forget forgive form found
gain gather guarantee handle hang hide hold identify ignore illustrate imagine impose improve
indicate influence inform insist install intend introduce invest investigate invite involve
join judge justify knock label lack land last laugh launch lay lie limit link listen locate look
maintain manage mark marry matter mean mention miss monitor move name need note notice object
observe obtain occur offer open operate order organize own pass pay perform permit persuade
place plan play point prefer prepare present prevent print produce promise protect prove
provide publish punish pursue push question raise reach read realize receive recognize
recommend record reduce refer reflect refuse regard reject relate rely remain remember remove
repeat replace reply represent request require rescue resign resist respond rest restore
return reveal review ride ring rise risk run save search seek seem seize select send separate
serve settle shake share shoot show sign sing sit sleep solve speak spend stand start stay
steal stop study submit succeed suffer suggest supply support suppose survive suspect take talk
teach tell tend test thank threaten throw touch train travel treat trust try turn understand
unite urge use visit wait walk want warn wash watch wear win wish wonder work worry write
airport center camp facility hospital clinic school university institute library museum theater
stadium park market shop bank hotel restaurant house apartment home brother sister friend
colleague neighbor stranger guest visitor crowd audience person individual man men woman boy
girl youth citizen foreigner migrant refugee seeker minority church mosque faith religion belief
prayer literature book leaflet text letter diary song poem lecture interview survey research data
figure statistic percent share number amount total average level rate increase decrease rise
growth fall change trend pattern practice tactic method means measure step effort attempt
proposal draft rule policy strategy program initiative project reform process procedure system
structure framework institution agency service department unit branch division section chapter
part page paragraph line list table chart map photo image picture film series episode news
story headline version copy file archive proof allegation accusation denial response answer
explanation reason cause effect consequence impact result outcome success failure progress
problem difficulty challenge obstacle barrier threat danger fear concern anxiety pressure stress
tension conflict crisis emergency disaster war peace safety protection defense attack assault
harm reprisal retaliation punishment treatment conditions confinement isolation solitary care
doctor nurse medicine illness disease injury wound pain suffering death body grave funeral
memory memorial anniversary holiday festival ceremony campaign poll ballot candidate winner
victory defeat seat mandate term office power authority control role position post rank title
status membership leadership head chief chair spokesperson representative deputy senator mayor
governor akim investigator soldier troops army military forces border staff personnel employee
servant clerk secretary ambassador diplomat January February March April May June July August
September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""")
# Whole phrases, inserted as they are: common-word phrases and the field's collocations.
EN_PHRASES = [
    *["the right to", "the right to a fair trial", "the right to peaceful assembly"] * 3,
    *["of the", "in the", "to the", "on the", "for the", "by the", "at the", "with the"] * 2,
    *["from the", "that the", "and the", "it is", "as well as", "in order to", "on the basis of"],
    *["in accordance with the", "at least", "according to", "in connection with", "as a result of"],
    *["freedom of expression", "freedom of assembly", "freedom of association"] * 2,
    *["human rights defenders", "criminal charges", "peaceful protest", "pretrial detention"],
    *["sentenced to prison", "false information", "inciting discord", "forced labor"],
    *["hunger strike", "the Supreme Court", "unsanctioned rally", "labor activists"],
    *["religious believers", "asylum seekers", "press freedom", "fair trial", "house arrest"],
    *["arbitrary detention", "law enforcement", "public associations", "foreign funding"],
    *["suspended sentence", "appeals court", "extremist organization", "criminal case"],
    *["special rapporteur", "travel ban", "prison colony", "defense lawyer", "civil society"],
    *["national security", "parole restrictions", "independent journalists", "political prisoners"],
    *["the court of first instance", "the prosecutor's office", "the Ministry of Internal Affairs"],
    *[
        "the National Security Committee",
        "the Criminal Code",
        "the Code of Administrative Offenses",
    ],
]
EN_SUFFIXES = ["s", "ed", "ing", "er", "ers", "ly", "ness", "ment", "al", "ist", "ity", "ism"]
EN_PREFIXES = ["un", "re", "non", "pre", "counter", "over"]

# -- Russian -------------------------------------------------------------------------------------
RU_HEAD = _w("""и в не на что с по как это к из за он от о для его а но то же до она при так их
они её или было был уже были бы также после того этого который которые которых был была суд
суда права право дело дела лет году года их этом об без может чем все всех между против более
статьи статье части""")
# Real stems by declension: (stem, paradigm). Paradigm endings below.
RU_NOUNS_M = _w("""суд приговор арест закон адвокат прокурор свидетель журналист активист
следователь процесс митинг пикет штраф срок протест запрет кодекс акимат депутат министр
гражданин правозащитник блогер редактор сайт канал пост комитет орган департамент отдел
профсоюз работник шахтер конфликт указ мандат иск договор ответ вопрос факт документ материал
доклад отчет случай период режим контроль надзор допрос обыск лагерь изолятор народ город
район регион музей житель представитель руководитель писатель учитель""")
RU_NOUNS_F = _w("""свобода власть полиция статья жалоба апелляция колония тюрьма семья мать
организация партия группа ассоциация газета редакция информация пропаганда защита
правозащитница журналистка активистка голодовка акция демонстрация забастовка комиссия
прокуратура милиция проверка экспертиза санкция ответственность справедливость безопасность
деятельность пытка угроза жертва улица площадь область столица страна республика конституция
поправка норма""")
RU_NOUNS_N = _w("""дело право заявление решение заседание собрание обвинение преследование
наказание задержание расследование законодательство правительство министерство учреждение
объединение движение издание сообщение положение освобождение помилование лишение
ограничение выступление мнение управление государство общество""")
RU_ADJ = _w("""политический уголовный административный гражданский международный независимый
мирный несанкционированный общественный государственный национальный судебный правовой
экстремистский религиозный казахстанский алматинский столичный областной районный городской
верховный апелляционный следственный исправительный заключительный ложный незаконный
произвольный жестокий бесчеловечный""")
RU_VERBS = _w("""задержа арестова осуди приговори оштрафова освободи обвини допроси избива
пыта заяви сообщи подтверди отказа рассмотре обжалова отклони удовлетвори участвова
организова призва опубликова заблокирова запрети закры потребова написа выступи""")
RU_PHRASES = [
    "в соответствии с",
    "в том числе",
    "по делу",
    "право на",
    "право на справедливый суд",
    "свобода слова",
    "свободы мирных собраний",
    "в отношении",
    "по статье",
    "Уголовного кодекса",
    "в связи с",
    "на основании",
    "в ходе",
    "по словам",
    "как сообщает",
    "правозащитники считают",
    "суд первой инстанции",
    "апелляционная коллегия",
    "распространение заведомо ложной информации",
    "возбуждение розни",
    "ограничение свободы",
    "лишение свободы",
    "в колонии",
    "под домашним арестом",
]
RU_ENDINGS = {
    "m": ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"],
    "mь": ["ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях"],
    "mй": ["й", "я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"],
    "f": ["а", "ы", "е", "у", "ой", "", "ам", "ами", "ах"],
    "fия": ["ия", "ии", "ию", "ией", "ий", "иям", "иями", "иях"],
    "fь": ["ь", "и", "ью", "ей", "ям", "ями", "ях"],
    "n": ["о", "а", "у", "ом", "е", "ам", "ами", "ах"],
    "nие": ["ие", "ия", "ию", "ием", "ии", "ий", "иям", "иями", "иях"],
    "adj": ["ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ом", "ых", "ыми", "ую"],
    "verb": ["л", "ла", "ло", "ли", "н", "на", "ны", "ть", "ет", "ют", "вший", "вшего"],
}


def _ru_forms(word: str, paradigm: str) -> list[str]:
    """A Russian word's case forms (or a verb stem's past, participle and present forms)."""
    if paradigm == "adj":
        stem, soft = word[:-2], word[-3] in "кгхжшчщ"
        return [stem + (e.replace("ы", "и", 1) if soft else e) for e in RU_ENDINGS["adj"]]
    if paradigm == "verb":
        return [word + e for e in RU_ENDINGS["verb"]]
    for tail in ("ия", "ие", "ь", "й", "а", "о", "я"):
        if word.endswith(tail):
            key = paradigm + (tail if tail in ("ия", "ие", "ь", "й") else "")
            if key in RU_ENDINGS:
                return _ru_spell(word[: -len(tail)], RU_ENDINGS[key])
    return _ru_spell(word, RU_ENDINGS[paradigm])


def _ru_spell(stem: str, endings: list[str]) -> list[str]:
    """Stem + each ending, with the spelling rule: и, not ы, after к г х ж ш ч щ."""
    hush = stem[-1:] in ("к", "г", "х", "ж", "ш", "ч", "щ")
    return [stem + (e.replace("ы", "и", 1) if hush and e.startswith("ы") else e) for e in endings]


# -- Kazakh --------------------------------------------------------------------------------------
KK_HEAD = _w("""және мен бен пен бұл осы ол сол үшін деп туралы бойынша арқылы кейін дейін жылы
болды еді емес да де та те ғана әлі тағы бар жоқ бір екі үш оның олар бірақ сондай-ақ тиіс
мүмкін қарай сияқты көп барлық кезде""")
KK_STEMS = _w("""сот іс құқық бостандық адам азамат қамау тергеу үкім шешім полиция журналист
белсенді наразылық жиын заң тұрғын отбасы ана әке бала ұл қыз ер әйел жұмысшы кәсіподақ
ереуіл айыппұл түрме колония айып айыптау қорғаушы адвокат прокурор судья куә дәлел құжат
мәлімдеме баяндама есеп сұрақ жауап талап өтініш шағым партия ұйым қоғам мемлекет үкімет
министрлік әкімдік облыс қала аудан ауыл көше алаң ел халық дін сенім сөз баспасөз ақпарат
газет арна сайт желі пост бейне сурет оқиға күн ай жыл апта уақыт кездесу сайлау дауыс
депутат парламент конституция қауіпсіздік комитет қылмыс жаза мерзім бостандығы құқығы
азаптау зорлық қорлау қысым қорқыныш қауіп денсаулық дәрігер аурухана емдеу тамақ аштық
хат мұғалім мектеп университет студент жастар зейнеткер мүгедек босқын көші-қон шекара""")
KK_VERBS = _w("""ұста қама сотта айыпта босат жаз айт мәлімде хабарла растал бас тарт қара
шағымдан ұйымдастыр қатыс шық кел бер ал жаса тоқтат жап аш бұғатта талап""")
KK_PHRASES = [
    "адам құқықтары",
    "сөз бостандығы",
    "бейбіт жиналыс",
    "сот шешімі",
    "қылмыстық іс",
    "бас бостандығынан айыру",
    "жалған ақпарат тарату",
    "әлеуметтік алауыздықты қоздыру",
    "адам құқықтарын қорғаушылар",
    "Қылмыстық кодекстің",
    "бірінші сатыдағы сот",
    "апелляциялық алқа",
    "әділ сот талқылауына құқық",
    "құқық қорғау органдары",
    "үй қамағында",
    "саяси тұтқындар",
    "тәуелсіз журналистер",
    "азаматтық қоғам",
    "сот отырысында",
]
BACK, FRONT = set("аоұыяу"), set("әөүіеиэю")
KK_VOWELS = BACK | FRONT | {"ё"}
KK_VOICELESS = set("пфкқтсшщхһцч")
KK_SONORANT = set("рйу")  # after these (and vowels) -ның, -мен, -лар
KK_NASAL_Z = set("мнңлжз")


def _front(word: str) -> bool:
    """Whether suffixes take front vowels: by the last vowel, у and и (glides after a vowel)
    and the е of a Russian -ев/-ов surname (Жыланбаевқа) left out."""
    low = word.lower()
    if low.endswith(("ев", "ов")) and len(low) > 3:
        low = low[:-2]
    vowels = [ch for ch in low if ch in BACK or ch in FRONT]
    plain = [ch for ch in vowels if ch not in "уи"] or vowels
    return bool(plain) and plain[-1] in FRONT


def kk_suffix(word: str, case: str) -> str:
    """``word`` with a Kazakh case, plural or possessive ending, by vowel harmony and its last
    sound: the forms a Kazakh text has (Еңсебектің, Алматыда, Жыланбаевқа)."""
    front, last = _front(word), word[-1].lower()
    vowel, voiceless = last in KK_VOWELS, last in KK_VOICELESS
    pick = lambda back, fr: fr if front else back  # noqa: E731
    if case == "gen":
        if vowel or last in KK_SONORANT:
            return word + pick("ның", "нің")
        return word + (pick("тың", "тің") if voiceless or last in "бвгд" else pick("дың", "дің"))
    if case == "dat":
        if vowel:
            return word + pick("ға", "ге")
        return word + (pick("қа", "ке") if voiceless else pick("ға", "ге"))
    if case == "acc":
        if vowel:
            return word + pick("ны", "ні")
        return word + (pick("ты", "ті") if voiceless else pick("ды", "ді"))
    if case == "loc":
        return word + (pick("та", "те") if voiceless else pick("да", "де"))
    if case == "abl":
        if last in "мнң":
            return word + pick("нан", "нен")
        return word + (pick("тан", "тен") if voiceless else pick("дан", "ден"))
    if case == "ins":
        if vowel or last in KK_SONORANT:
            return word + "мен"
        return word + ("пен" if voiceless or last in "бвгд" else "бен")
    if case == "pl":
        if vowel or last in KK_SONORANT:
            return word + pick("лар", "лер")
        return word + (pick("тар", "тер") if voiceless else pick("дар", "дер"))
    if case == "poss":
        return word + (pick("сы", "сі") if vowel else pick("ы", "і"))
    return word


KK_CASES = ("gen", "dat", "acc", "loc", "abl", "ins", "pl", "poss")
KK_VERB_ENDINGS_BACK = ["ды", "ған", "ып", "у", "уға", "атын", "ады", "малды", "ылды", "ылған"]
KK_VERB_ENDINGS_FRONT = ["ді", "ген", "іп", "у", "уге", "етін", "еді", "мелді", "ілді", "ілген"]

# -- People and places ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """One person's name as each kind of source writes it: Latin variants (passport, older
    romanisation, journalists'), Russian Cyrillic, Kazakh Cyrillic."""

    latin_given: tuple[str, ...]
    latin_surname: tuple[str, ...]
    ru_given: str
    ru_surname: str
    kk_given: str
    kk_surname: str
    female: bool = False


def _person(spec: str, female: bool = False) -> Person:
    given, surname = spec.split(" ")
    lg, rg, kg = given.split("|")
    ls, rs, ks = surname.split("|")
    return Person(tuple(lg.split("/")), tuple(ls.split("/")), rg, rs, kg, ks, female)


PEOPLE = [
    _person("Temirlan|Темирлан|Темірлан Yensebek/Ensebek|Енсебек|Еңсебек"),
    _person("Marat|Марат|Марат Zhylanbaev/Zhylanbayev/Jylanbaev|Жыланбаев|Жыланбаев"),
    _person(
        "Bakhytzhan/Bakhytjan|Бахытжан|Бақытжан Toregozhina/Toregojina|Торегожина|Төрегожина",
        female=True,
    ),
    _person(
        "Duman|Думан|Думан Mukhammedkarim/Mukhammadkarim/Muhammedkarim|Мухаммедкарим|Мұхаммедкәрім"
    ),
    _person("Aigerim/Aygerim|Айгерим|Әйгерім Tleuzhan/Tleujan|Тлеужан|Тілеужан", female=True),
    _person("Galymzhan/Ghalymzhan|Галымжан|Ғалымжан Serikbayev/Serikbaev|Серикбаев|Серікбаев"),
    _person("Yerlan/Erlan|Ерлан|Ерлан Kaliyev/Kaliev|Калиев|Қалиев"),
    _person("Asel/Assel|Асель|Әсел Nurpeisova/Nurpeissova|Нурпеисова|Нұрпейісова", female=True),
    _person("Nurlan|Нурлан|Нұрлан Zhauylbaev/Zhauylbayev|Жауылбаев|Жауылбаев"),
    _person("Zhanar/Janar|Жанар|Жанар Sekerbayeva/Sekerbaeva|Секербаева|Секербаева", female=True),
    _person("Kairat/Qairat|Кайрат|Қайрат Kudaibergenov/Kudaybergenov|Кудайбергенов|Құдайбергенов"),
    _person("Dinara|Динара|Динара Yegeubayeva/Egeubaeva|Егеубаева|Егеубаева", female=True),
    _person("Aidar/Aydar|Айдар|Айдар Mubarakov|Мубараков|Мұбараков"),
    _person("Zhanat/Janat|Жанат|Жаңат Kazakhbai/Kazakhbay|Казахбай|Қазақбай"),
    _person("Askhat/Asqat|Асхат|Асқат Zheksebaev/Zheksebayev|Жексебаев|Жексебаев"),
    _person("Gulnara|Гульнара|Гүлнара Bazhkenova/Bajkenova|Бажкенова|Бәжкенова", female=True),
    _person("Serik|Серик|Серік Shyngysov/Shyngyssov|Шынгысов|Шыңғысов"),
    _person("Aliya/Aliia|Алия|Әлия Sarsenbayeva/Sarsenbaeva|Сарсенбаева|Сәрсенбаева", female=True),
    _person("Dauren/Dawren|Даурен|Дәурен Toleubayev/Toleubaev|Толеубаев|Төлеубаев"),
    _person("Ruslan|Руслан|Руслан Ospanov|Оспанов|Оспанов"),
    _person("Fazylzhan/Fazyljan|Фазылжан|Фазылжан Syzdykov/Syzdyqov|Сыздыков|Сыздықов"),
    _person("Lukpan/Luqpan|Лукпан|Лұқпан Akhmedyarov/Ahmedyarov|Ахмедьяров|Ахмедьяров"),
]
# Latin spelling(s), Russian, Kazakh.
PLACES = [
    ("Almaty", "Алматы", "Алматы"),
    ("Astana/Nur-Sultan", "Астана", "Астана"),
    ("Shymkent", "Шымкент", "Шымкент"),
    ("Karaganda/Qaraghandy", "Караганда", "Қарағанды"),
    ("Aktobe/Aqtobe", "Актобе", "Ақтөбе"),
    ("Zhanaozen/Janaozen", "Жанаозен", "Жаңаөзен"),
    ("Uralsk/Oral", "Уральск", "Орал"),
    ("Taraz", "Тараз", "Тараз"),
    ("Semey", "Семей", "Семей"),
    ("Atyrau", "Атырау", "Атырау"),
    ("Pavlodar", "Павлодар", "Павлодар"),
    ("Ust-Kamenogorsk/Oskemen", "Усть-Каменогорск", "Өскемен"),
    ("Kyzylorda/Qyzylorda", "Кызылорда", "Қызылорда"),
    ("Taldykorgan/Taldyqorgan", "Талдыкорган", "Талдықорған"),
    ("Turkistan/Turkestan", "Туркестан", "Түркістан"),
    ("Kostanay/Qostanai", "Костанай", "Қостанай"),
    ("Zhezkazgan/Jezkazgan", "Жезказган", "Жезқазған"),
]
MONTHS_EN = _w(
    "January February March April May June July August September October November December"
)
MONTHS_RU = _w("января февраля марта апреля мая июня июля августа сентября октября ноября декабря")
MONTHS_KK = _w("қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан")

# -- The vocabulary ------------------------------------------------------------------------------


def _syllables(
    rng: random.Random, onsets: list[str], vowels: list[str], codas: list[str], n: int
) -> str:
    return "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(n))


def _synthetic_en(rng: random.Random) -> str:
    onsets = [
        *_w(
            "b c d f g h k l m n p r s t v w b c d l m n p r s t br cr dr fl gr pl pr st "
            "tr sh ch th"
        ),
        "",
        "",
    ]
    vowels = _w("a e i o u a e i o a e ea ou")
    codas = ["", "", "", "", "n", "r", "s", "t", "l", "m", "nd", "nt", "st", "ck"]
    return _syllables(rng, onsets, vowels, codas, rng.choice((2, 2, 2, 3)))


def _synthetic_ru(rng: random.Random) -> str:
    onsets = [*list("бвгдзклмнпрстхчшж"), "пр", "ст", "кр", "тр", "гр", "бл", "сл", "зв"]
    word = _syllables(
        rng,
        onsets,
        list("аоуеиаое"),
        ["", "", "", "", "н", "р", "л", "с"],
        rng.choice((2, 2, 2, 3)),
    )
    return word + rng.choice(list("вкнрстл"))


def _synthetic_kk(rng: random.Random) -> str:
    if rng.random() < 0.5:  # back-vowel word: қ and ғ
        vowels, onsets = list("аоұы"), [*list("бджзқғлмнпрстшй"), "қ", "ғ", "т"]
    else:  # front-vowel word: к, г, and the front vowels ә ө ү і
        vowels, onsets = list("әөүіе"), [*list("бджзкглмнпрстшй"), "к", "г", "һ"]
    codas = ["", "", "", "н", "р", "л", "қ" if vowels[0] == "а" else "к", "ң", "с", "т", "з"]
    return _syllables(rng, onsets, vowels, codas, rng.choice((2, 2, 3)))


def _kk_forms(stem: str) -> list[str]:
    forms = [stem] + [kk_suffix(stem, c) for c in KK_CASES]
    plural = kk_suffix(stem, "pl")
    forms += [kk_suffix(plural, c) for c in ("gen", "dat", "loc", "abl")]
    poss = kk_suffix(stem, "poss")
    forms += [poss + "н", poss + "нда" if not _front(stem) else poss + "нде"]
    return forms


def _kk_verb_forms(stem: str) -> list[str]:
    endings = KK_VERB_ENDINGS_FRONT if _front(stem) else KK_VERB_ENDINGS_BACK
    out = []
    for e in endings:
        if stem[-1] in KK_VOWELS and e[0] in "аеыіу" and e != "у":
            e = {"а": "й", "е": "й", "ы": "", "і": ""}.get(e[0], "") + e[1:]
        out.append(stem + e)
    return out


def _en_forms(word: str, rng: random.Random, k: int) -> list[str]:
    out = []
    for suffix in rng.sample(EN_SUFFIXES, k):
        base = word[:-1] if word.endswith(("e", suffix[0])) and suffix[0] in "eiayl" else word
        out.append(base + suffix)
    return out


@dataclass
class Vocabulary:
    """Each language's word forms in rank order, with cumulative Zipf-Mandelbrot weights
    (1 / (rank + 2.7) ** 1.1: the 150 commonest words are half the text, as in English), and the rare ranks a document picks its topic words from."""

    words: dict[str, list[str]] = field(default_factory=dict)
    cum: dict[str, list[float]] = field(default_factory=dict)

    def distinct(self) -> int:
        return len({w.lower() for words in self.words.values() for w in words})


def _report_words() -> list[str]:
    try:
        text = REPORT.read_text(encoding="utf-8")
    except OSError:  # a checkout without the bundle: the lists above suffice
        return []
    text = re.sub(r"\{:[^}]*\}", " ", text)
    counts: dict[str, int] = {}
    for w in WORD.findall(text):
        if len(w) > 1 and w.isascii():
            counts[w.lower()] = counts.get(w.lower(), 0) + 1
    return sorted(counts, key=lambda w: (-counts[w], w))


def _ranked(head: list[str], middle: list[str], tail: list[str], rng: random.Random) -> list[str]:
    """head in order, then the middle and tail each shuffled (ties in frequency are arbitrary),
    duplicates dropped."""
    middle, tail = list(middle), list(tail)
    rng.shuffle(middle)
    rng.shuffle(tail)
    return list(dict.fromkeys(w for w in head + middle + tail if w))


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The fixed vocabulary (the same on every machine and for every document seed)."""
    rng = random.Random(VOCABULARY_SEED)
    vocab = Vocabulary()

    report = _report_words()
    en_real = list(dict.fromkeys(w.lower() for w in EN_FIELD + report + EN_GENERAL))
    en_derived = [f for w in en_real if w.isalpha() and len(w) > 3 for f in _en_forms(w, rng, 4)]
    en_derived += [p + w for w in en_real[:600] if len(w) > 4 for p in rng.sample(EN_PREFIXES, 1)]
    en_synth = []
    for _ in range(16_000):
        stem = _synthetic_en(rng)
        en_synth += [stem, *_en_forms(stem, rng, rng.randint(1, 3))]
    vocab.words["en"] = _ranked(EN_HEAD, en_real[:900], en_real[900:] + en_derived + en_synth, rng)

    ru_real = [f for s in RU_NOUNS_M for f in _ru_forms(s, "m")]
    ru_real += [f for s in RU_NOUNS_F for f in _ru_forms(s, "f")]
    ru_real += [f for s in RU_NOUNS_N for f in _ru_forms(s, "n")]
    ru_real += [f for s in RU_ADJ for f in _ru_forms(s, "adj")]
    ru_real += [f for s in RU_VERBS for f in _ru_forms(s, "verb")]
    ru_synth = []
    for _ in range(5_000):
        stem = _synthetic_ru(rng)
        paradigm = rng.choice(("m", "m", "f", "f", "n", "adj"))
        word = (
            stem
            + {
                "m": "",
                "f": rng.choice(("а", "а", "ия", "ь")),
                "n": rng.choice(("о", "ие")),
                "adj": "ый",
            }[paradigm]
        )
        forms = _ru_forms(word, paradigm)
        ru_synth += rng.sample(forms, min(len(forms), rng.randint(3, 8)))
    vocab.words["ru"] = _ranked(RU_HEAD, ru_real[:400], ru_real[400:] + ru_synth, rng)

    kk_real = [f for s in KK_STEMS for f in _kk_forms(s)]
    kk_real += [f for s in KK_VERBS for f in _kk_verb_forms(s)]
    kk_synth = []
    for _ in range(4_000):
        stem = _synthetic_kk(rng)
        forms = _kk_forms(stem) if rng.random() < 0.8 else _kk_verb_forms(stem)
        kk_synth += rng.sample(forms, min(len(forms), rng.randint(3, 8)))
    vocab.words["kk"] = _ranked(KK_HEAD, kk_real[:400], kk_real[400:] + kk_synth, rng)

    for lang, words in vocab.words.items():
        vocab.cum[lang] = list(itertools.accumulate((r + 2.7) ** -ZIPF for r in range(len(words))))
    return vocab


# -- Documents -----------------------------------------------------------------------------------


@dataclass
class Document:
    name: str  # file name, with its suffix
    title: str
    language: str  # the main language: en, ru or kk
    sections: list[tuple[str, list[str]]]  # (heading, paragraphs)
    people: list[Person]

    def render(self) -> str:
        suffix = self.name.rsplit(".", 1)[1]
        if suffix == "md":
            parts = [f"# {self.title}"]
            for heading, paras in self.sections:
                parts += [f"## {heading}", *paras]
            return "\n\n".join(parts) + "\n"
        if suffix == "html":
            e = html.escape
            lang = {"en": "en", "ru": "ru", "kk": "kk"}[self.language]
            body = [f"<h1>{e(self.title)}</h1>"]
            for heading, paras in self.sections:
                body += [f"<h2>{e(heading)}</h2>", *(f"<p>{e(p)}</p>" for p in paras)]
            return (
                f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
                f"<title>{e(self.title)}</title></head>\n<body>\n<article>\n"
                + "\n".join(body)
                + "\n</article>\n</body></html>\n"
            )
        parts = [self.title]
        for heading, paras in self.sections:
            parts += [heading, *paras]
        return "\n\n".join(parts) + "\n"


class Writer:
    """One document's sentences: words by the vocabulary's Zipf weights, the document's own
    topic words, phrases, names, places and dates, in the language asked for."""

    def __init__(self, rng: random.Random, people: list[Person], spelling: int, year: int):
        self.rng, self.people, self.spelling, self.year = rng, people, spelling, year
        self.vocab = vocabulary()
        self.topic = {
            lang: [words[rng.randrange(2_000, len(words))] for _ in range(rng.randint(8, 20))]
            for lang, words in self.vocab.words.items()
        }
        self.places = rng.sample(PLACES, 3)
        self.named: set[int] = set()

    def words(self, lang: str, k: int) -> list[str]:
        words, cum = self.vocab.words[lang], self.vocab.cum[lang]
        total, rnd = cum[-1], self.rng.random
        return [words[bisect.bisect(cum, rnd() * total)] for _ in range(k)]

    def name(self, lang: str) -> str:
        rng = self.rng
        i = rng.randrange(len(self.people))
        p, first = self.people[i], i not in self.named
        self.named.add(i)
        if lang == "en":
            pick = lambda v: v[self.spelling % len(v)] if rng.random() < 0.85 else rng.choice(v)  # noqa: E731
            surname = pick(p.latin_surname)
            if first or rng.random() < 0.3:
                return f"{pick(p.latin_given)} {surname}"
            return surname + ("’s" if rng.random() < 0.15 else "")
        if lang == "ru":
            surname = ru_case(
                p.ru_surname, p.female, rng.choice(("nom", "nom", "gen", "dat", "ins", "pre"))
            )
            return f"{p.ru_given} {surname}" if first or rng.random() < 0.3 else surname
        case = rng.choice(("", "", "gen", "dat", "acc", "loc", "abl", "ins"))
        surname = kk_suffix(p.kk_surname, case) if case else p.kk_surname
        return f"{p.kk_given} {surname}" if first or rng.random() < 0.3 else surname

    def place(self, lang: str) -> str:
        latin, ru, kk = self.rng.choice(self.places)
        if lang == "en":
            return "in " + self.rng.choice(latin.split("/"))
        if lang == "ru":
            return "в " + ru_case(ru, True, "pre", place=True)
        return kk_suffix(kk, "loc")

    def date(self, lang: str) -> str:
        rng = self.rng
        y, m, d = self.year - rng.randint(0, 3), rng.randint(1, 12), rng.randint(1, 28)
        if lang == "en":
            style = rng.random()
            if style < 0.5:
                return f"on {MONTHS_EN[m - 1]} {d}, {y},"
            if style < 0.8:
                return f"on {d} {MONTHS_EN[m - 1]} {y}"
            return f"on {y}-{m:02d}-{d:02d}"
        if lang == "ru":
            return (
                f"{d} {MONTHS_RU[m - 1]} {y} года" if rng.random() < 0.7 else f"{d:02d}.{m:02d}.{y}"
            )
        return (
            f"{y} жылғы {d} {MONTHS_KK[m - 1]}да" if rng.random() < 0.7 else f"{d:02d}.{m:02d}.{y}"
        )

    def sentence(self, lang: str) -> str:
        rng = self.rng
        phrases = {"en": EN_PHRASES, "ru": RU_PHRASES, "kk": KK_PHRASES}[lang]
        parts: list[str] = []
        length = rng.randint(8, 26)
        count = 0
        while count < length:
            roll = rng.random()
            if roll < 0.62:
                run = self.words(lang, rng.randint(1, 4))
            elif roll < 0.80:
                run = [rng.choice(phrases)]
            elif roll < 0.85:
                run = [rng.choice(self.topic[lang])]
            elif roll < 0.95:
                run = [self.name(lang)]
            elif roll < 0.98:
                run = [self.place(lang)]
            else:
                run = [self.date(lang)]
            parts += run
            count += sum(len(r.split()) for r in run)
            if count > 6 and rng.random() < 0.08:
                parts[-1] += ","
        text = " ".join(parts).rstrip(",")
        return text[0].upper() + text[1:] + ("?" if rng.random() < 0.03 else ".")

    def paragraph(self, lang: str) -> str:
        target = self.rng.randint(300, 1400)
        out, size = [], 0
        while size < target:
            out.append(self.sentence(lang))
            size += len(out[-1]) + 1
        return " ".join(out)


def ru_case(word: str, female: bool, case: str, place: bool = False) -> str:
    """A Russian surname (or place) in a case: Жыланбаева, Торегожиной, Енсебеку, Караганде."""
    if case == "nom":
        return word
    if place:  # Алматы, Астана...: the ones ending in -а decline, the rest do not
        return word[:-1] + "е" if word.endswith("а") else word
    if female:
        if word.endswith(("ова", "ева", "ина", "ына")):
            return word[:-1] + {"gen": "ой", "dat": "ой", "ins": "ой", "pre": "ой"}[case]
        return word  # a woman's name ending in a consonant does not decline
    if word.endswith(("ов", "ев", "ин", "ын")):
        return word + {"gen": "а", "dat": "у", "ins": "ым", "pre": "е"}[case]
    if word.endswith("й"):
        return word[:-1] + {"gen": "я", "dat": "ю", "ins": "ем", "pre": "е"}[case]
    if word[-1] in "аеиоуыэюяь":
        return word
    return word + {"gen": "а", "dat": "у", "ins": "ом", "pre": "е"}[case]


KIND_TITLES = {
    "en": [
        "Trial monitoring report",
        "Court decision",
        "Interview transcript",
        "News digest",
        "Appeal",
        "Letter to the prosecutor",
        "Case notes",
        "Hearing record",
    ],
    "ru": [
        "Приговор",
        "Постановление суда",
        "Стенограмма заседания",
        "Апелляционная жалоба",
        "Обращение к прокурору",
        "Заметки",
        "Отчет о мониторинге",
    ],
    "kk": [
        "Сот үкімі",
        "Сот қаулысы",
        "Сұхбат",
        "Апелляциялық шағым",
        "Прокурорға хат",
        "Іс бойынша жазба",
        "Мониторинг есебі",
    ],
}
HEADINGS = {
    "en": [
        "Background",
        "The hearing",
        "Charges",
        "Evidence",
        "Testimony",
        "Detention",
        "Conditions in custody",
        "The verdict",
        "Appeal",
        "Reactions",
        "Legal analysis",
        "Recommendations",
        "Chronology",
        "Sources",
    ],
    "ru": [
        "Обстоятельства дела",
        "Судебное заседание",
        "Обвинение",
        "Доказательства",
        "Показания свидетелей",
        "Приговор",
        "Апелляция",
        "Оценка правозащитников",
    ],
    "kk": [
        "Істің мән-жайы",
        "Сот отырысы",
        "Айыптау",
        "Дәлелдер",
        "Куәлардың жауаптары",
        "Үкім",
        "Шағым",
        "Құқық қорғаушылардың бағасы",
    ],
}


def _slug(text: str) -> str:
    from_ru = str.maketrans(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі", "abvgdeejziiklmnoprstufhccss_y_eyaagqnouuhi"
    )
    s = re.sub(r"[^a-z0-9]+", "-", text.lower().translate(from_ru)).strip("-")
    return s[:40].strip("-")


def document(n: int, seed: int) -> Document:
    """Document number ``n`` of the corpus ``seed``: the same for the same arguments."""
    rng = random.Random(f"{seed}:{n}")
    roll = rng.random()
    lang = "en" if roll < 0.65 else "ru" if roll < 0.85 else "kk"
    others = [x for x in ("en", "ru", "kk") if x != lang]
    people = rng.sample(PEOPLE, rng.randint(2, 4))
    year = rng.randint(2016, 2026)
    writer = Writer(rng, people, rng.randrange(6), year)
    target = rng.randint(10 * 1024 + 200, 15 * 1024 - 600)  # bytes, rendered
    suffix = rng.choices(("md", "txt", "html"), (6, 3, 1))[0]
    case_no = f"{rng.randint(1000, 9999)}-{year % 100:02d}-00-{rng.randint(1, 9)}/{n}"
    who = people[0]
    subject = {
        "en": f"{who.latin_given[0]} {who.latin_surname[writer.spelling % len(who.latin_surname)]}",
        "ru": f"{ru_case(who.ru_given, who.female, 'gen')} "
        f"{ru_case(who.ru_surname, who.female, 'gen')}",
        "kk": f"{who.kk_given} {kk_suffix(who.kk_surname, 'gen')}",
    }[lang]
    kind = rng.choice(KIND_TITLES[lang])
    title = {
        "en": f"{kind}: {subject}, case No. {case_no}",
        "ru": f"{kind} по делу {subject} № {case_no}",
        "kk": f"{kind}: {subject} ісі № {case_no}",
    }[lang]
    doc = Document(f"{n:05d}-{_slug(title)}.{suffix}", title, lang, [], people)
    headings = rng.sample(HEADINGS[lang], min(len(HEADINGS[lang]), rng.randint(3, 6)))
    size = len(doc.render().encode("utf-8"))
    for h in itertools.cycle(headings):
        doc.sections.append((h, []))
        size += len(h.encode("utf-8")) + 20
        for _ in range(rng.randint(2, 4)):
            para = writer.paragraph(lang if rng.random() < 0.8 else rng.choice(others))
            grow = len(para.encode("utf-8")) + 16
            if size + grow > target and size > 10 * 1024 + 300:
                break
            if size + grow > 15 * 1024 - 200:  # never past 15 KB: cut the paragraph short
                room = 15 * 1024 - 200 - size
                para = para.encode("utf-8")[:room].decode("utf-8", "ignore").rsplit(" ", 1)[0]
                doc.sections[-1][1].append(para + ".")
                size += room
                break
            doc.sections[-1][1].append(para)
            size += grow
        if size > 10 * 1024 + 300 and (size >= target or not doc.sections[-1][1]):
            break
    doc.sections = [(h, paras) for h, paras in doc.sections if paras]
    return doc


def documents(count: int, seed: int = 2026, start: int = 0) -> Iterator[Document]:
    for n in range(start, start + count):
        yield document(n, seed)


@dataclass
class CorpusStats:
    documents: int = 0
    bytes: int = 0
    words: int = 0
    distinct: int = 0
    formats: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    seed: int = 0

    def describe(self) -> str:
        mb = self.bytes / 1e6
        mean = self.bytes / max(self.documents, 1) / 1024
        if not self.documents:
            return f"corpus: none (bench_corpus seed {self.seed})"
        formats = ", ".join(f"{n} .{k}" for k, n in sorted(self.formats.items()))
        langs = ", ".join(f"{n} {k}" for k, n in sorted(self.languages.items()))
        return (
            f"corpus: {self.documents:,} documents (bench_corpus seed {self.seed}), "
            f"{mb:.1f} MB, mean {mean:.1f} KB; {self.words:,} words, {self.distinct:,} distinct; "
            f"{formats}; main language {langs}"
        )


def count_words(texts: Iterator[str]) -> tuple[int, int]:
    """(words, distinct words, case-folded) over these texts."""
    seen: set[str] = set()
    total = 0
    for text in texts:
        words = WORD.findall(text)
        total += len(words)
        seen.update(w.casefold() for w in words)
    return total, len(seen)


def write_corpus(folder: Path, count: int, seed: int = 2026) -> CorpusStats:
    """Write ``count`` documents into ``folder`` (made if need be) and return their stats."""
    folder.mkdir(parents=True, exist_ok=True)
    stats = CorpusStats(seed=seed)
    start = time.perf_counter()
    seen: set[str] = set()
    for doc in documents(count, seed):
        text = doc.render()
        data = text.encode("utf-8")
        (folder / doc.name).write_bytes(data)
        words = WORD.findall(text)
        stats.words += len(words)
        seen.update(w.casefold() for w in words)
        stats.documents += 1
        stats.bytes += len(data)
        suffix = doc.name.rsplit(".", 1)[1]
        stats.formats[suffix] = stats.formats.get(suffix, 0) + 1
        stats.languages[doc.language] = stats.languages.get(doc.language, 0) + 1
    stats.distinct = len(seen)
    stats.seconds = time.perf_counter() - start
    return stats


COMMON_PHRASES = [
    "the right to",
    "of the",
    "in the",
    "to the",
    "on the",
    "as well as",
    "in accordance with the",
    "the right to a fair trial",
    "at the",
    "by the",
    "it is",
    "from the",
    "that the",
    "and the",
    "for the",
    "with the",
]


def queries(n: int, seed: int = 2026) -> dict[str, list[str]]:
    """``n`` queries per class, drawn from this corpus's own words and names (so they find
    something): term, two terms, phrase (a collocation), common-word phrase ("the right to"),
    prefix, faceted (the terms again, with facet counts), a name in the other script (Kazakh
    or Russian Cyrillic; the English text spells it in Latin letters) and a misspelt name or
    word (for fuzzy search: in no spelling the corpus has)."""
    rng = random.Random(f"{seed}:queries")
    field = sorted({w.lower() for w in EN_FIELD if len(w) >= 5 and w.isalpha()})
    middle = [w for w in vocabulary().words["en"][200:1500] if len(w) >= 4 and w.isalpha()]

    def take(pool: list[str], k: int) -> list[str]:
        picked = rng.sample(pool, min(k, len(pool)))
        return list(itertools.islice(itertools.cycle(picked), k))

    terms = take(field, n - n // 2) + take(middle, n // 2)
    collocations = [p for p in dict.fromkeys(EN_PHRASES) if p not in COMMON_PHRASES]
    known = {w.lower() for words in vocabulary().words.values() for w in words}
    names = [p.kk_surname for p in PEOPLE] + [p.ru_surname for p in PEOPLE]
    known |= {v.lower() for p in PEOPLE for v in (*p.latin_surname, p.ru_surname, p.kk_surname)}
    fuzzy: list[str] = []
    sources = [v for p in PEOPLE for v in p.latin_surname if len(v) >= 8]
    sources += [w for w in field if len(w) >= 8]
    for word in itertools.cycle(rng.sample(sources, len(sources))):
        i = rng.randrange(2, len(word))
        bad = word[:i] + rng.choice("abdegiklmnorstuvz") + word[i + 1 :]
        if bad.lower() not in known and bad not in fuzzy:
            fuzzy.append(bad)
        if len(fuzzy) == n:
            break
    return {
        "term": terms,
        "two-term": [f"{a} {b}" for a, b in zip(take(field, n), take(middle, n), strict=True)],
        "phrase": [f'"{p}"' for p in take(collocations, n)],
        "common-phrase": [f'"{p}"' for p in take(COMMON_PHRASES, n)],
        "prefix": [w[: max(4, len(w) - 3)] + "*" for w in take(field, n)],
        "faceted": terms,
        "cross-script": take(names, n),
        "fuzzy": fuzzy,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    stats = write_corpus(args.out, args.documents, args.seed)
    print(stats.describe())
    print(f"vocabulary: {vocabulary().distinct():,} word forms; written in {stats.seconds:.1f} s")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
