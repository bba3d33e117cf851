"""Search that knows Russian and Kazakh word forms and names in case forms.

Documents written for these tests (the names are of people in the bundled report) are imported
through the real importer into a temporary data folder and searched through the real index.
"""

from __future__ import annotations

import pytest

from index.core import Core
from index.search.analysis import analyze, text_analyzer
from index.search.kazakh import strip_suffixes
from index.search.names import base_form, fold_name

RUSSIAN = {
    "ru-hunger.txt": (
        "Гражданский активист объявил голодовку в следственном изоляторе, требуя встречи "
        "с адвокатом.\n\n"
        "В Уральске у здания акимата после одиночного пикета полиция задержала двух "
        "репортёров; журналистов задержали на несколько часов.\n"
    ),
    "ru-names.txt": (
        "Суд в Астане рассмотрел дело блогера Темирлана Енсебека.\n\n"
        "Защита Марата Жыланбаева обжаловала приговор.\n\n"
        "Правозащитники потребовали освободить Мухаммедкарима.\n"
    ),
    "ru-others.txt": ("Суд вынес приговор Ерлану Касымову.\n\nАнна и Алина пришли на заседание.\n"),
}
KAZAKH = {
    "kk-news.txt": (
        "Сот Мұхаммедкәрімді жеті жылға бас бостандығынан айырды.\n\n"
        "Құқық қорғаушылар Еңсебекке қолдау білдірді.\n\n"
        "Белсенділердің өтініші сотқа жіберілді.\n\n"
        "Полиция белсенділерге айыппұл салды.\n"
    ),
}


@pytest.fixture(scope="module")
def core(tmp_path_factory) -> Core:
    folder = tmp_path_factory.mktemp("incoming")
    for name, text in {**RUSSIAN, **KAZAKH}.items():
        (folder / name).write_text(text, encoding="utf-8")
    built = Core(tmp_path_factory.mktemp("data"))
    built.search.ensure()
    report = built.import_paths([folder])
    assert all(r.status == "added" for r in report.results), report.results
    return built


def texts(core: Core, query: str) -> list[str]:
    """Texts of the imported paragraphs found, best first; the search must be an ordinary
    (not fuzzy) one, with no "Did you mean" calling the word form a typo."""
    result = core.search.search(query, limit=200)
    assert not result.fuzzy, (query, result.messages)
    assert result.suggestion is None, (query, result.suggestion)
    mine = [h for h in result.hits if h.bundle.startswith("mine-")]
    return [core.archive.paragraph(h.para_id).text for h in mine]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("голодовка", "голодовку"),
        ("голодовки", "голодовку"),
        ("задержать", "журналистов задержали"),
        ("журналисты задержаны", "журналистов задержали"),
        ("репортеры", "репортёров"),
    ],
)
def test_russian_word_forms_are_ordinary_matches(core, query, found):
    hits = texts(core, query)
    assert hits and found in hits[0], (query, hits)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("белсенділер", "Белсенділердің"),
        ("белсенділер", "белсенділерге"),
        ("сот", "сотқа"),
        ("Мұхаммедкәрім", "Мұхаммедкәрімді"),
    ],
)
def test_kazakh_suffixes_are_ordinary_matches(core, query, found):
    assert any(found in t for t in texts(core, query)), query


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Ensebek", "Енсебека"),
        ("Енсебек", "Енсебека"),
        ("Ensebek", "Еңсебекке"),
        ("Енсебек", "Еңсебекке"),
        ("Zhylanbayev", "Жыланбаева"),
        ("Жыланбаев", "Жыланбаева"),
        ("Мұхаммедкәрім", "Мұхаммедкәрімді"),
        ("Mukhammedkarim", "Мұхаммедкәрімді"),
        ("Mukhammedkarim", "Мухаммедкарима"),
        ("Мухаммедкарим", "Мухаммедкарима"),
        ("Mukhammadkarim", "Мухаммедкарима"),  # kh/h, doubled m and a/e in a name element
        ("Muhamedkarim", "Мухаммедкарима"),
        ("Muhamedkarim", "Мұхаммедкәрімді"),
        ("Mohammedkarim", "Мұхаммедкәрімді"),
    ],
)
def test_names_in_case_forms_are_found_from_the_base_form_in_either_script(core, query, found):
    assert any(found in t for t in texts(core, query)), query


def test_the_exact_spelling_ranks_above_a_case_form(core, tmp_path):
    (tmp_path / "exact.txt").write_text("Мұхаммедкәрім сотта сөйледі.\n", encoding="utf-8")
    core.import_paths([tmp_path / "exact.txt"])
    hits = texts(core, "Мұхаммедкәрім")
    assert hits[0].startswith("Мұхаммедкәрім сотта"), hits
    assert any("Мұхаммедкәрімді" in t for t in hits[1:]), hits


@pytest.mark.parametrize(
    ("query", "not_found"),
    [
        ("Касым", "Касымову"),  # a name and a longer surname built on it stay apart
        ("Мурат", "Марата"),
        ("Нурлан", "Ерлану"),
        ("Жыланбай", "Жыланбаева"),
        ("Mukhammadali", "Мухаммедкарима"),  # another name built on the same element
        ("Karimov", "Мухаммедкарима"),
    ],
)
def test_unrelated_names_do_not_meet(core, query, not_found):
    result = core.search.search(query, limit=200)
    if result.fuzzy:  # only a "did you mean" may offer a close spelling; nothing ordinary
        return
    mine = [h.para_id for h in result.hits if h.bundle.startswith("mine-")]
    assert not any(not_found in core.archive.paragraph(p).text for p in mine), (query, mine)


def test_english_stemming_is_unchanged():
    terms = [t for t, _, _ in analyze(text_analyzer(), "detained detainees running runs")]
    assert terms == ["detain", "detaine", "run", "run"]


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("қазақтар", "қазақ"),  # plural -тар after voiceless қ
        ("сотқа", "сот"),  # dative -қа after voiceless т
        ("қалада", "қала"),  # locative -да after a vowel
        ("жұмыста", "жұмыс"),  # locative -та after voiceless с
        ("еңсебекке", "еңсебек"),  # dative -ке, front harmony
        ("мұхаммедкәрімді", "мұхаммедкәрім"),  # accusative -ді after м
        ("белсенділердің", strip_suffixes("белсенділер")),  # -лер + -дің meet the plural
        ("қарағандыда", strip_suffixes("қарағанды")),  # a city and its locative meet
        ("үйлерінде", "үйлері"),  # -нде after the 3rd-person possessive і
        ("балалардың", "бала"),  # plural + genitive
        ("көліктен", "көлік"),  # ablative -тен after к
        ("мектептің", "мектеп"),  # genitive -тің after п
        ("ананың", "ана"),  # genitive -ның after a vowel
    ],
)
def test_kazakh_suffix_rules_on_real_words(word, stem):
    assert strip_suffixes(word) == stem


@pytest.mark.parametrize(
    "word",
    [
        "ана",  # too short to strip: а-на
        "құда",  # құ-да would leave two letters
        "адам",  # ends in no suffix
        "бақша",  # -ша is not a case suffix
        "правда",  # Russian: no Kazakh letter, -да is left to the Russian stemmer
        "журналисты",  # Russian plural, not Kazakh accusative -ты
        "қолда" + "ні",  # harmony broken (back stem, front suffix): not Kazakh, not stripped
        "қолде",  # front suffix on a back stem
        "қызға" + "н",  # ends in no suffix
    ],
)
def test_kazakh_rules_leave_other_words_alone(word):
    assert strip_suffixes(word) == word


def test_russian_and_kazakh_case_forms_reduce_to_the_latin_key():
    assert fold_name(base_form("Енсебека")) == fold_name("Ensebek")
    assert fold_name(base_form("Жыланбаевой")) == fold_name("Zhylanbayev")
    assert fold_name(base_form("Мұхаммедкәрімді")) == fold_name("Mukhammedkarim")
    assert base_form("Ensebeka") == "ensebeka"  # Latin words are never cut
    assert base_form("Анна") == "анна"
    assert fold_name(base_form("Енсебеков")) != fold_name("Ensebek")
    assert fold_name(base_form("Касымову")) != fold_name("Kasym")


@pytest.mark.parametrize(
    ("query", "para"),
    [
        ("Еңсебекке", "photo-caption"),  # Kazakh dative → Temirlan Yensebek in the report
        ("Енсебека", "photo-caption"),  # Russian genitive
        ("Жыланбаева", "government-opponents-and-other-critics-1"),  # Marat Zhylanbaev
    ],
)
def test_a_name_typed_in_a_case_form_finds_the_person_under_any_spelling(core, query, para):
    result = core.search.search(query, limit=200)
    assert not result.fuzzy and result.suggestion is None, (query, result.messages)
    assert para in {h.para_id for h in result.hits}, (query, [h.id for h in result.hits])


def test_a_case_form_of_one_name_does_not_reach_another(core):
    result = core.search.search("Касымову", limit=200)
    assert not [h for h in result.hits if h.bundle.startswith("hrw")], result.hits
