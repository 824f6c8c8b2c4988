"""Every variant rule, as a table of spellings that must and must not be taken for one name."""

from __future__ import annotations

import pytest

from briefing_app.search.romanize import JAPANESE_RULES, KOREAN_RULES, KOREAN_WORDS, key, keys, same_name

SAME = [
    # Korean: Revised Romanization, McCune–Reischauer and the common personal spellings.
    ("Yoon", "Yun"), ("Moon", "Mun"),
    ("Suk", "Seok"), ("Suk", "Sŏk"), ("Suk", "Sok"), ("Seok", "Sŏk"),
    ("Yeol", "Yol"), ("Yeol", "Youl"), ("Yol", "Youl"),
    ("Kyoung", "Kyung"), ("Kyung", "Gyeong"), ("Kyung", "Kyŏng"), ("Kyoung", "Gyeong"),
    ("Jung", "Jeong"), ("Jung", "Chung"), ("Jeong", "Chung"),
    ("Ki", "Gi"),
    ("Minjung", "Minjeong"), ("Min-jung", "Minjeong"),
    ("Seo", "Suh"), ("Seo", "Sŏ"), ("Suh", "Sŏ"),
    ("Lee", "Yi"), ("Lee", "Rhee"), ("Yi", "Rhee"),
    ("Park", "Pak"), ("Park", "Bak"),
    ("Choi", "Choe"),
    ("Kim", "Gim"),
    ("Sukyeol", "Seokyeol"), ("Kyoungsuk", "Gyeongseok"),
    # Japanese: Hepburn and its variants.
    ("Andō", "Andou"), ("Andō", "Andoh"), ("Andō", "Ando"), ("Andou", "Andoh"), ("Andoo", "Ando"),
    ("Yūko", "Yuuko"), ("Yuko", "Yūko"),
    ("Funakoshi", "Funakosi"), ("Shiro", "Siro"),
    ("Matsuno", "Matuno"), ("Tsuda", "Tuda"),
    ("Fumio", "Humio"), ("Funakoshi", "Hunakosi"),
    ("Fujita", "Fuzita"), ("Jiro", "Ziro"),
    ("Chiba", "Tiba"),
    ("Shimbun", "Shinbun"), ("Homma", "Honma"), ("Sampei", "Sanpei"),
]

DIFFERENT = [
    ("Kim", "Kang"),
    ("Seo", "Soo-ah"), ("Seo", "Sooah"), ("Seo", "Soo"),
    ("Park", "Pang"), ("Lee", "Le"), ("Yoon", "Yeon"), ("Choi", "Cho"),
    ("Jung", "Jang"), ("Kim", "Kimura"),
    ("Ando", "Anda"), ("Kishida", "Kashida"), ("Matsuno", "Matsuna"),
    ("Min", "Mun"), ("Suk", "Sik"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert same_name(a.replace("-", ""), b.replace("-", "")), (keys(a), keys(b))
    assert same_name(b.replace("-", ""), a.replace("-", ""))


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_do_not(a: str, b: str) -> None:
    assert not same_name(a.replace("-", ""), b.replace("-", "")), (keys(a), keys(b))


def test_a_forms_language_chooses_the_rules() -> None:
    # Andou/Ando is a Japanese long vowel; a Korean form spelt "Ando" does not take it.
    assert same_name("Andou", "Ando", "ja")
    assert not same_name("Andou", "Ando", "ko")
    assert same_name("Suh", "Seo", "ko-Latn")  # the primary subtag decides
    assert keys("Seo", "zh") == set()  # no rules for this language: exact spelling only


def test_only_latin_words_have_keys() -> None:
    assert key("서민정", "ko") is None
    assert key("1998", "ja") is None
    assert key("Seo", "ko") == "ko:so"


def test_every_rule_documents_what_it_joins() -> None:
    for pattern, _, joins in (*KOREAN_RULES, *JAPANESE_RULES):
        assert "/" in joins, pattern
    assert all(word == word.lower() for word in KOREAN_WORDS)
