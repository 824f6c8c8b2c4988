"""Romanization variants: each word of a name folded to a phonetic key per language, so that the
spellings of one name in different systems (Revised Romanization, McCune–Reischauer, Hepburn and its
variants, common personal spellings) share a key and different names do not.

The rules are deliberately few and listed here with the variants they are meant to join; the tests
hold a table of pairs that must and must not match. A key is only compared with keys of the same
language ("ko:…" with "ko:…").
"""

from __future__ import annotations

import re
import unicodedata

# Whole words first: family names whose spellings no letter rule joins (Lee/Yi/Rhee, Park/Pak).
# Each variant maps to one spelling, which then goes through the letter rules like any word.
KOREAN_WORDS: dict[str, str] = {
    **dict.fromkeys(("lee", "yi", "rhee", "rhie", "ri", "rhi", "i"), "i"),
    **dict.fromkeys(("park", "pak", "bak", "bark", "pack"), "bak"),
    **dict.fromkeys(("choi", "choe", "choy", "chey"), "choe"),
    **dict.fromkeys(("kim", "gim", "ghim"), "gim"),
    **dict.fromkeys(("seo", "suh", "so", "seoh"), "seo"),
    **dict.fromkeys(("yoon", "yun", "youn"), "yun"),
    **dict.fromkeys(("jung", "jeong", "chung", "joung", "jeung", "cheong"), "jeong"),
    **dict.fromkeys(("oh", "o"), "o"),
}

# Letter rules, in order, on a lower-case word without accents (the MR breve already spelt "eo"/"eu").
# Each line: pattern, replacement, the spellings it joins.
KOREAN_RULES: tuple[tuple[str, str, str], ...] = (
    (r"oo", "u", "Yoon/Yun, Moon/Mun, Soo/Su"),
    (r"ou(?=(?:l|ng|k))", "eo", "Youl/Yeol, Myoung/Myeong"),
    (r"u(?=(?:l|ng|k))", "eo", "Suk/Seok, Kyung/Kyeong, Jung/Jeong (u before k, ng or l)"),
    (r"uh$", "eo", "Suh/Seo"),
    (r"eo", "o", "Yeol/Yol, Seok/Sok, Gyeong/Gyong (MR ŏ without its breve)"),
    (r"^ch(?=[aeiouwy])", "j", "Chung/Jung (MR ch for RR j at the start of a word)"),
    (r"k", "g", "Ki/Gi, Kyung/Gyeong, Kim/Gim"),
    (r"p", "b", "Pak/Bak"),
    (r"t(?!s)", "d", "Tae/Dae"),
    (r"sh(?=i)", "s", "Shin/Sin"),
    (r"ee", "i", "Hee/Hi"),
)

# Hepburn and its variants (Kunrei-shiki, passport spellings).
JAPANESE_RULES: tuple[tuple[str, str, str], ...] = (
    (r"oh(?![aeiouy])", "o", "Andoh/Ando (passport long o)"),
    (r"o[ou]", "o", "Andou/Andoo/Ando (long o)"),
    (r"uu", "u", "Yuuko/Yuko (long u)"),
    (r"shi", "si", "Yoshida/Yosida"),
    (r"sh", "sy", "Shō/Syo"),
    (r"chi", "ti", "Chiba/Tiba"),
    (r"ch", "ty", "Cho/Tyo"),
    (r"tsu", "tu", "Matsuno/Matuno"),
    (r"fu", "hu", "Fukuda/Hukuda"),
    (r"ji", "zi", "Fujita/Huzita"),
    (r"j", "zy", "Jun/Zyun"),
    (r"m(?=[bmp])", "n", "Shimbun/Shinbun (n before b, m, p)"),
    (r"n'", "n", "Shin'ichi/Shinichi"),
)

LANGUAGES = ("ko", "ja")
_COMPILED = {
    "ko": [(re.compile(p), r) for p, r, _ in KOREAN_RULES],
    "ja": [(re.compile(p), r) for p, r, _ in JAPANESE_RULES],
}
_LATIN = re.compile(r"^[a-z']+$")


def plain(word: str) -> str:
    """Lower case, the MR breve spelt as RR does (ŏ → eo, ŭ → eu), other accents dropped."""
    word = word.casefold().replace("ŏ", "eo").replace("ŭ", "eu").replace("ŏ", "eo").replace("ŭ", "eu")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def key(word: str, lang: str) -> str | None:
    """The phonetic key of one Latin word in `lang` ("ko" or "ja"); None for other words or languages."""
    word = plain(word)
    if lang not in _COMPILED or not _LATIN.match(word):
        return None
    if lang == "ko":
        word = KOREAN_WORDS.get(word, word)
    for pattern, replacement in _COMPILED[lang]:
        word = pattern.sub(replacement, word)
    return f"{lang}:{word}"


def keys(word: str, lang: str | None = None) -> set[str]:
    """The word's keys: in `lang` when the form says its language, else in every language known here.
    A primary language subtag decides ("ko-Latn" is Korean)."""
    primary = lang.split("-")[0].lower() if lang else None
    langs = (primary,) if primary else LANGUAGES
    return {k for k in (key(word, one) for one in langs) if k is not None}


def same_name(a: str, b: str, lang: str | None = None) -> bool:
    """Whether two words are spellings of one name (what the search treats as a spelling variant)."""
    return bool(keys(a, lang) & keys(b, lang))
