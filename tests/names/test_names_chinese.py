"""Chinese personal names in Wade-Giles and Hanyu Pinyin.

Syllable correspondences are rows of the Library of Congress Wade-Giles / Pinyin romanization
comparison table (names/data/chinese_syllables.tsv): tsê = ze, tung = dong, t'ung = tong,
hsü = xu, chih = zhi, ch'ing = qing, chao = zhao, p'ing = ping, ping = bing, ssu = si, jih = ri.
Names: public figures in both systems (Mao Tse-tung / Mao Zedong, Chou En-lai / Zhou Enlai,
Teng Hsiao-p'ing / Deng Xiaoping, Li Ch'ing-chao / Li Qingzhao, Hsü Chih-mo / Xu Zhimo), and
OFAC SDN entries (shared/data/ofac/sdn_csv_2024-05-03: LI, Youmin; SUN, Sidong; ZHANG, Jicheng)
against their Wade-Giles spelling.
"""

from __future__ import annotations

from typing import Any

import pytest

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.bulk import ListedIndex
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import EntityRecord
from sanctionwatch.names.chinese import compare_chinese, read_chinese_name, read_word

THRESHOLD = load_config().threshold


def person(name: str) -> dict[str, object]:
    return {"schema": "Person", "name": [name]}


def score(a: str, b: str) -> float:
    return score_entities(person(a), person(b)).score


def pinyin_sets(word: str) -> list[list[str]]:
    from sanctionwatch.names.chinese import _table

    table = _table()
    return [
        sorted(p for i, p in enumerate(table.pinyin) if s.mask >> i & 1) for s in read_word(word)[0]
    ]


def test_wade_giles_spellings_keep_every_reading_without_apostrophes() -> None:
    assert pinyin_sets("tse") == [["ce", "ze"]]  # tsê = ze, ts'ê = ce
    assert pinyin_sets("ch'ing") == [["qing"]]
    assert pinyin_sets("ching") == [["jing", "qing"]]
    assert pinyin_sets("hsu") == [["xu"]]
    assert pinyin_sets("ssu") == [["si"]]
    assert pinyin_sets("zedong") == [["ze"], ["dong"]]  # a joined given name splits in two
    assert pinyin_sets("xiaoping") == [["xiao"], ["bing", "ping"]]  # fewest syllables kept


def test_pinyin_apostrophe_separates_syllables() -> None:
    assert pinyin_sets("xi'an") == [["xi"], ["an"]]
    assert pinyin_sets("xian") == [["xian"]]


def test_names_that_are_not_chinese_are_not_read() -> None:
    for name in ("Kim Jong Un", "Ali Hasan", "Mohammed Ali", "Vladimir Putin", "Mao"):
        assert read_chinese_name(name, "latin") == ()
    assert read_chinese_name("Мао Цзэдун", "cyrillic") == ()


@pytest.mark.parametrize(
    ("wade_giles", "pinyin"),
    [
        ("Mao Tse-tung", "Mao Zedong"),
        ("Hsü Chih-mo", "Xu Zhimo"),
        ("Chou En-lai", "Zhou Enlai"),
        ("Teng Hsiao-p'ing", "Deng Xiaoping"),
        ("Li Ch'ing-chao", "Li Qingzhao"),
        ("Teng Hsiaoping", "DENG Xiaoping"),  # apostrophe dropped, given name joined
        ("Mao Tse Tung", "Zedong Mao"),  # Western order
        ("Li Yu-min", "LI, Youmin"),  # both also read as Korean
        ("Sun Ssu-tung", "SUN, Sidong"),
        ("Chang Chi-ch'eng", "ZHANG, Jicheng"),
    ],
)
def test_wade_giles_meets_pinyin(wade_giles: str, pinyin: str) -> None:
    result = score_entities(person(wade_giles), person(pinyin))
    assert result.score == pytest.approx(load_config().name["chinese_full"])
    assert result.explanation["name"]["method"] == "chinese syllables"


def test_explanation_names_the_syllables_met() -> None:
    name = score_entities(person("Mao Tse-tung"), person("Zedong Mao")).explanation["name"]
    assert name["pinyin"] == "mao ze dong"
    assert name["order"] == "western order"
    assert (name["surname_met"], name["given_syllables_met"], name["given_syllables"]) == (
        True,
        2,
        2,
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zhang Wei", "Zhang Hui"),
        ("Mao Tse-tung", "Mao Tse-min"),
        ("Zhou Enlai", "Zhou Enming"),
        ("Teng Hsiao-p'ing", "Deng Xiaohua"),
        ("Zhang Xiaoping", "Deng Xiaoping"),  # surname differs
        ("Ri Ju Song", "Ri Ru Song"),  # Korean: Wade-Giles ju = Pinyin ru does not join them
        ("Ri Jang Su", "Ri Rang Su"),
    ],
)
def test_one_syllable_apart_stays_below_the_threshold(a: str, b: str) -> None:
    assert score(a, b) < THRESHOLD


def test_one_chinese_syllable_apart_stays_below_the_threshold() -> None:
    readings = (
        read_chinese_name("Wang Xiaoming", "latin"),
        read_chinese_name("Wang Xiaoping", "latin"),
    )
    comparison = compare_chinese(*readings)
    assert comparison is not None and not comparison.full
    assert score("Wang Xiaoming", "Wang Xiaoping") < THRESHOLD  # the letters alone said 0.9


# Other people of the same surnames: the surname's own keys are then too common to be kept, so
# the Wade-Giles name must find the Pinyin one through its Chinese reading (without it, Mao
# Tse-tung and Li Ch'ing-chao are not candidates).
GIVEN = "Anmin Baoguo Chenglong Dehua Fengying Guanghui Haitao Jianjun Kaifeng Lianjie Minghui "
GIVEN += "Ningbo Peiyu Qiang Rongfang Shaohua Tianyi Wenjie Xiaolong Yanping Zhenyu Bingwen"
GIVEN += " Chunhua Dongmei Fangfang Guoqing Hongmei"


def test_index_finds_the_pinyin_entry_from_wade_giles() -> None:
    listed = [
        EntityRecord("Person", ["Mao Zedong"]),
        EntityRecord("Person", ["Xu Zhiming"]),
        EntityRecord("Person", ["Li Qingzhao"]),
    ]
    listed += [
        EntityRecord("Person", [f"{s} {g}"]) for s in ("Mao", "Xu", "Li") for g in GIVEN.split()
    ]
    index = ListedIndex(listed)
    cfg = load_config()
    for name, expected in (("Mao Tse-tung", 0), ("Hsu Chih-ming", 1), ("Li Ch'ing-chao", 2)):
        assert expected in index.candidates_of_name(name, "Person")
        hits, _ = index.score_name(name, "Person", cfg, cfg.threshold)
        assert expected in hits


def test_another_chinese_name_is_capped_below_the_threshold_a_slip_is_not() -> None:
    """Deng Xiaoping and Deng Xiaoming share all letters but one, and name two people; a typo
    that adds a syllable (OFAC SDN ZHANG, Taotao written Taoato) or reversed name words keep
    the letters' verdict."""

    def person(name: str) -> dict[str, Any]:
        return {"schema": "Person", "name": [name]}

    other = score_entities(person("Deng Xiaoping"), person("Deng Xiaoming"))
    assert other.score < 0.70
    assert "chinese syllables differ" in other.explanation["name"]["method"]
    assert score_entities(person("ZHANG, Taotao"), person("ZHANG, Taoato")).score >= 0.70
    assert score_entities(person("WEI, Hsueh Ying"), person("Ying Hsueh WEI")).score >= 0.70


def test_a_surname_put_before_the_own_is_left_to_the_letters() -> None:
    """OFAC SDN 11223 SU, Lu-Chi a.k.a. TSAI SU, Lu-Chi (a married name, husband's surname
    first). The name also reads as Korean, where the added syllable shifted every other; a
    Korean given syllable dropped (Han Song Ju / Han Song) keeps its verdict."""

    def person(name: str) -> dict[str, Any]:
        return {"schema": "Person", "name": [name]}

    assert score_entities(person("SU, Lu-Chi"), person("TSAI SU, Lu-Chi")).score >= 0.70
    assert score_entities(person("Han Song Ju"), person("Han Song")).score < 0.70


@pytest.mark.parametrize(
    ("hong_kong", "other"),
    [
        # OFAC SDN, Hong Kong program (2020): Cantonese as Hong Kong writes it, with the English
        # given name before or after; the Mandarin Pinyin or the characters of the same names
        ("LAM CHENG, Yuet-ngor", "林鄭月娥"),
        ("TANG, Ping Keung Chris", "Deng Bingqiang"),
        ("LEE, Ka Chiu John", "李家超"),
        ("Erick Tsang Kwok-wai", "Zeng Guowei"),
        # public figures: Donald Tsang Yam-kuen (曾蔭權), Leung Chun-ying (梁振英), Li Ka-shing
        ("Donald Tsang Yam-kuen", "Zeng Yinquan"),
        ("Leung Chun-ying", "Liang Zhenying"),
        ("Li Ka-shing", "李嘉誠"),
        ("Jimmy Lai Chee-ying", "黎智英"),  # 智 as Chee
        ("Teresa Cheng Yeuk-wah", "鄭若驊"),  # TERESA also reads te-re-sa, in Pinyin
    ],
)
def test_hong_kong_cantonese_spellings_meet_pinyin_and_characters(
    hong_kong: str, other: str
) -> None:
    result = score_entities(person(hong_kong), person(other))
    assert result.score >= THRESHOLD, result.explanation
    index = ListedIndex([EntityRecord("Person", [hong_kong])])
    assert index.candidates(EntityRecord("Person", [other])) == {0}  # a shared key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Leung Chun-ying", "Liang Zhenming"),  # a given syllable apart
        ("Lau Chi-wai", "Lee Chi-wai"),  # 劉 / 李: two Cantonese surnames
        ("Pak Nam Sun", "Pak Nam Chun"),  # Korean names, though Cantonese spellings too
    ],
)
def test_cantonese_readings_keep_other_names_apart(one: str, other: str) -> None:
    assert score_entities(person(one), person(other)).score < THRESHOLD


def test_a_hong_kong_spelling_reads_as_the_characters_written_so() -> None:
    (syllable,) = read_word("leung")[0]
    assert not syllable.mask and syllable.cantonese  # no Pinyin or Wade-Giles spelling
    (reading,) = [r for r in read_chinese_name("Leung Chun-ying", "latin") if not r.western_order]
    assert reading.cantonese
    (pinyin,) = [r for r in read_chinese_name("Liang Zhenying", "latin") if not r.western_order]
    assert not pinyin.cantonese
    found = compare_chinese((reading,), (pinyin,))
    assert found is not None and found.full and found.pinyin == "liang zhen ying"


def test_cantonese_readings_never_part_names_their_letters_join() -> None:
    """A Burmese name whose words are Cantonese spellings too is compared by its letters: a
    Cantonese reading can find a name, never cap one (screening bench: Aung Tin SAN)."""
    assert score_entities(person("Aung Tin SAN,"), person("AUNG TIN SAN")).score >= THRESHOLD
    assert read_chinese_name("KIM SONG COHL", "latin") == ()  # COHL is no English given name
