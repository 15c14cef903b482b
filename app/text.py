"""Small text helpers shared by ingest, retrieval, the answerer and the evals."""

import os
import re
import unicodedata
from functools import lru_cache

from bm25s.stopwords import STOPWORDS_EN
from Stemmer import Stemmer

STOPWORDS = frozenset(STOPWORDS_EN) | {
    "also", "did", "does", "do", "done", "say", "said", "says", "according", "much", "many",
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "would", "could",
    # determiners and adverbs that name nothing ("Which other drones does Kosovo already operate?")
    "other", "others", "else", "already", "still", "yet", "ever", "just", "even", "very", "some", "any",
    "each", "own", "same",
    # ... and prepositions and auxiliaries the 33 words of bm25s's list lack ("What are they angry about?", "What is
    # KFOR responsible for besides ...?")
    "about", "besides", "has", "have", "had",
}
_WORD = re.compile(r"[\w][\w'’-]*", re.UNICODE)
_stemmer = Stemmer("english")


# Sentence boundaries by rule rather than NLTK's Punkt: importing NLTK costs ~0.9 s of a 10 s cold
# start, and on the eval the two splitters score the same (evals/README.md). A boundary is end
# punctuation (plus closing quotes and "[12]" reference marks) followed by a space and a capital, digit
# or quote (or by a capitalised word with no space: "2023.Between"), unless the word before it is an
# abbreviation ("Gen.", "Mr.", "U.S.", "e.g.") or an initial ("J.").
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt cpl adm st jr sr vs etc no nos vol fig inc ltd co corp dept est "
    "approx al jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev gov sen rep pres".split())
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?:\[\d+\])*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Ž]|[A-ZÀ-Ž][a-zà-ž])")
_LAST_WORD = re.compile(r"(\S+)$")


def _is_abbreviation(word: str) -> bool:
    bare = word.lstrip("\"'“‘([").rstrip(".")
    return (bare.lower() in _ABBREVIATIONS or bool(re.fullmatch(r"[A-Za-z]", bare))
            or bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", bare)))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (lines are always sentence boundaries)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        start = len(line) - len(line.lstrip())
        for m in _BOUNDARY.finditer(line):
            word = _LAST_WORD.search(line[start:m.start() + 1])
            if word and line[m.start()] == "." and _is_abbreviation(word.group(1)):
                continue
            # a "!" or "?" that closes a parenthesis opened in the sentence is part of a name or an aside, and the
            # sentence goes on after it: "Vjosa OSMANI-Sadriu (Guxo!) 71 votes" (the party is "Guxo!")
            if line[m.start()] in "!?" and m.group().endswith(")") and \
                    (before := line[start:m.start()]).count("(") > before.count(")"):
                continue
            if line[start:m.end()].strip():
                spans.append((offset + start, offset + m.end()))
            start = m.end() + (len(line[m.end():]) - len(line[m.end():].lstrip()))
        if line[start:].strip():
            spans.append((offset + start, offset + len(line.rstrip())))
        offset += len(line) + 1
    return spans


def fold(text: str) -> str:
    """Lower-case and strip accents, so that "Ulutaş" matches "ulutas"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    # ("đ", which has no accent to strip, is written "dj" in plain letters: "Đorđević" / "Djordjevic")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i").replace("đ", "dj")


def words(text: str) -> list[str]:
    # an underscore is no letter: Markdown's emphasis ("according to _The New York Times_") is not part of a word
    return _WORD.findall(fold(text).replace("_", " "))


# The English stemmer keeps "delivery" ("deliveri") apart from "deliver" ("deliv"); so with
# "recovery"/"recover", "discovery"/"discover": the noun's "-eri" goes
_NOUN_IN_Y = re.compile(r"(?<=\w{4})eri$")
# ... and "militarily" ("militarili") apart from "military" ("militari"), "heavily" from "heavy": the adverb
# of an adjective in "-y" is read as the adjective (other adverbs the stemmer already joins: "politically")
_ADVERB_IN_ILY = re.compile(r"(?<=\w{4})ily$")


# ... and it joins "responsible" (and "responsibility") with "response": an adjective in "-nsible" keeps its "ib"
_ADJECTIVE_IN_NSIBLE = re.compile(r"(?<=\w{3}ns)ib(?:le|ly|ility|ilities)$")


# British and American spellings stem apart ("recognise" / "recognize", "defence" / "defense", "honour" /
# "honor", "centre" / "center"); a mixed corpus has both, so every word is read in the American form first
_BRITISH = [(re.compile(r"(?<=\w{3})is(e|es|ed|ing|ation|ations)$"), r"iz\1"), (re.compile(r"^(def|off|lic|pret)ence(s?)$"), r"\1ense\2"),
            (re.compile(r"(?<=\w{3})our(s|ed|ing)?$"), r"or\1"), (re.compile(r"(?<=\w{3})tre(s?)$"), r"ter\1")]


def _american(word: str) -> str:
    for british, american in _BRITISH:
        word = british.sub(american, word)
    return word


def _with_parts(word: str) -> list[str]:
    """A hyphenated word and its parts: "anti-nato" is also "nato", "serb-majority" also "serb"; and "re-" before an "e"
    written solid ("reelected", "reestablish"), which is also the word without it ("elected")."""
    parts = [part for part in word.split("-") if part]
    if len(parts) > 1:
        return [word] + parts
    # (only before an "e": "reaction" and "represent" are no "action" and "present")
    return [word, word[2:]] if word.startswith("ree") and len(word) >= 7 else [word]


def content_terms(text: str) -> list[str]:
    """Stemmed, accent-folded words of ``text`` without stopwords (used for lexical support)."""
    return list(_content_terms(text))


@lru_cache(maxsize=50_000)  # every question re-reads the sentences of its passages, which recur
def _content_terms(text: str) -> tuple[str, ...]:
    return tuple(_term(w.strip("'’-")) for word in words(text) for w in _with_parts(word) if w not in STOPWORDS and len(w) > 1)


def plain_term(word: str) -> str | None:
    """``content_terms`` of one lower-case unaccented word, read faster (no folding): None for a stopword."""
    return _term(word) if word not in STOPWORDS and len(word) > 1 else None


# "people" is the plural of "person" ("stateless persons: 420" counts people), "children" of "child"
IRREGULAR_PLURALS = {"people": "person", "children": "child"}


@lru_cache(maxsize=200_000)  # a corpus has far fewer distinct words than words: each is spelled and stemmed once
def _term(word: str) -> str:
    word = _ADJECTIVE_IN_NSIBLE.sub("ib", IRREGULAR_PLURALS.get(word, word))
    return _NOUN_IN_Y.sub("", _stemmer.stemWord(_american(_ADVERB_IN_ILY.sub("y", word))))


NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ž][\w’'-]*[\w]")  # a capitalised word that does not open a sentence
NAME_RUN = re.compile(r"[A-ZÀ-Ž][\w-]*(?:\s+[A-ZÀ-Ž][\w-]*)*")  # capitalised words in a row: "Selçuk Bayraktar" ('s apart)


# titles as news writes them short: "Japan's PM Keizō Obuchi" is its Prime Minister (not "5 PM", a time of day)
_TITLES = {"PM": "Prime Minister", "FM": "Foreign Minister", "Gen.": "General", "Pres.": "President", "Amb.": "Ambassador",
           "Gov.": "Governor", "Sen.": "Senator", "Adm.": "Admiral", "Col.": "Colonel", "Lt.": "Lieutenant",
           "Capt.": "Captain", "Sgt.": "Sergeant", "Cmdr.": "Commander"}
_TITLE = re.compile(r"(?<![\w.])(?<!\d )(" + "|".join(re.escape(title) for title in _TITLES) + r")(?![\w])")


# words that bound a number ("over 65", "younger than 15"); the first run of them bound an age when people are counted
AGE_BOUNDS = ("over", "under", "above", "below", "older than", "younger than", "aged")
BOUNDS = AGE_BOUNDS + ("more than", "fewer than", "less than", "at least", "at most")

# people by the sex a fact sheet keys them by ("female: 78.1 years" is the life expectancy of women)
SEX_OF = {"women": "female", "woman": "female", "girls": "female", "girl": "female",
          "men": "male", "man": "male", "boys": "male", "boy": "male"}

# "does Kosovo ..." (group 1: the name that does it)
_DOES_NAME = r"\b(?:do|does|did)\s+((?-i:[A-ZÀ-Ž])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ž])[\w'’-]*)*)\s+"
# phrases that a fact sheet says in one word: "How much electricity does Serbia sell abroad?" asks for its "exports"
_ONE_WORD_FOR = [(re.compile(r"\b(?:sells?|selling|sold)\b((?:\s+\w+){0,3}?)\s+(?:abroad|overseas|to (?:other|foreign) countries)\b", re.I),
                  r"exports\1"),
                 (re.compile(r"\b(?:buys?|buying|bought)\b((?:\s+\w+){0,3}?)\s+(?:from abroad|from overseas|"
                             r"from (?:other|foreign) countries)\b", re.I), r"imports\1"),
                 (re.compile(r"\bout of work\b|\bjobless\b|\bwithout\s+(?:a\s+)?jobs?\b", re.I), "unemployed"),
                 # (... and "heavy" of a toll is its degree, not a weight: "How heavy were NATO's casualties?" / "... were light")
                 (re.compile(r"\bhow\s+heavy\b(?=(?:\s+[\w'’-]+){0,5}?\s+(?:casualties|losses|fighting|damage|toll|bombing|"
                             r"shelling|traffic|rain|rainfall|snow|debts?|burden|defeats?|resistance)\b)", re.I), "how severe"),
                 # (... and to lose people is to suffer deaths: "Did NATO lose anyone in combat?" / "suffered no fatalities")
                 (re.compile(r"\b(?:lose|loses|lost|losing)\s+(?:anyone|anybody|(?:(?:any|many|few|more)\s+)?(?=(?:men|soldiers|troops|"
                             r"personnel|lives|people|civilians|officers|fighters)\b))", re.I), "suffer fatalities of "),
                 # a rate per head, as a fact sheet writes it: "3.1 physicians/1,000 population"
                 (re.compile(r"\b(?:per|for\s+every|for\s+each|out\s+of\s+every|in\s+every)\s+(?:one\s+)?(?:thousand|1,?000)\s+"
                             r"(?:people|persons|inhabitants|residents)\b", re.I),
                  "/1,000 population"),
                 (re.compile(r"\b(?:smoke|smokes|smoking|smokers?)\b", re.I), "tobacco use"),  # ("Tobacco use / male: 40.1%")
                 # ("agriculture: 3.1%" of GDP by sector of origin; WordNet reads "farming" as "farm", a farmer's workplace;
                 # and a country's farms are its agriculture: "How much water do Serbian farms withdraw?" / "agricultural:")
                 (re.compile(r"\bfarm(?:ing|s)\b", re.I), "agriculture"),
                 (re.compile(r"\b(?:work\s*force|labour\s+force)\b", re.I), "labor force"),  # ("Labor force / 3.23 million")
                 # (... of GDP, which is what a share of an economy is a share of: "What part of Serbia's economy is ...?")
                 (re.compile(r"\b(part|share|portion|proportion|fraction|percentage|much)\s+of\s+((?:[\w'’-]+\s+){0,2}?)economy\b",
                             re.I), r"\1 of \2GDP"),
                 # people bounded by a number are bounded by age: "What share of Kosovo's people are under 15?" asks of
                 # its "Age structure" ("0-14 years: 22.7%")
                 (re.compile(r"\b((?:people|population|persons|residents|inhabitants|citizens|children|kids)(?:\s+(?:are|is|were|was))?\s+"
                             rf"(?:{'|'.join(AGE_BOUNDS)})\s+\d+)(?!\s+(?:years|age))\b", re.I),
                  r"\1 years of age"),
                 # what a fact sheet calls "commodities" ("Imports - commodities / refined petroleum, cars, ..."), and
                 # "terrain" ("What is the land like in northern Serbia?" -> "Terrain / ... to the north, rich fertile plains")
                 (re.compile(r"\b(what|which)\s+(?:goods|products)\b", re.I), r"\1 commodities"),
                 # (... and the things it buys or sells abroad: "What is the biggest thing Serbia buys from abroad?")
                 (re.compile(r"\b(?:things?|items?|goods|products)\b(?=(?:\s+[\w'’-]+){0,3}?\s+(?:exports?|imports?)\b)", re.I),
                  "commodities"),
                 # ("What does Kosovo export?" asks for the goods too, not their worth, as does "What does it sell abroad
                 # most?")
                 (re.compile(r"^(\W*what)\s+(?=(?:do|does|did)\s+(?:[\w'’-]+\s+){1,3}?(?:exports?|imports?)"
                             r"(?:\s+(?:the\s+)?(?:most|mostly|mainly|chiefly))?\s*\??\s*$)", re.I),
                  r"\1 commodities "),
                 (re.compile(r"\b(?:land|landscape|countryside)\s+like\b", re.I), "terrain like"),
                 # ... "Internet users" (who go online), "Railways" (train track), "Area - comparative" (the size of
                 # another place), "Infant mortality rate" (babies who die), and "consumption" (what it uses)
                 (re.compile(r"\b(?:go|goes|going|are|is)\s+online\b|\buse\s+the\s+internet\b", re.I), "are internet users"),
                 (re.compile(r"\btrain\s+tracks?\b|\brail(?:way)?\s+(?:tracks?|lines?|network)\b", re.I), "railways"),
                 (re.compile(r"\b(?:about|roughly|nearly|around)\s+the\s+size\s+of\b", re.I), "area comparative to"),
                 (re.compile(r"\bbab(?:y|ies)(\s+(?:boys?|girls?))?((?:\s+(?!die)[\w'’,-]+){0,3}?)\s+(?:die|dies|died|dying)\b", re.I),
                  r"infant mortality\1\2"),  # ("How many baby girls per thousand die ...?")
                 # ... and the "Sex ratio" (how many males for every female; of those born, its "at birth: 1.06 male(s)/female")
                 (re.compile(r"\b(?:boys|males|men)\s+(?:are|were|is)\s+born\b((?:\s+[\w'’-]+){0,3}?)\s+(?:for\s+every|for\s+each|"
                             r"per|to\s+every)\s+(?:girl|woman)\b", re.I), r"males at birth\1 per female sex ratio"),
                 (re.compile(r"\b(?:boys|males|men)\b((?:\s+[\w'’-]+){0,4}?)\s+(?:for\s+every|for\s+each|per|to\s+every)\s+"
                             r"(?:girl|woman)\b", re.I), r"males\1 per female sex ratio"),
                 (re.compile(r"^(\W*(?:(?:and|but|so)\s+)?how\s+much\s+(?:[\w'’-]+\s+){1,3}?(?:does|do|did)\s+(?:[\w'’-]+\s+){1,3}?)(?:use|uses|used|burn|burns|burned|burnt)\b",
                             re.I), r"\1consume"),  # (a fuel is used by burning it: "How much coal does Kosovo burn?")
                 # ... "Major urban areas - population" (its biggest cities, by how many live in them), and the "Net
                 # migration rate" (whether more people leave a country than arrive)
                 (re.compile(r"\b(?:largest|biggest|most\s+populous)\s+(?:city|cities|towns?)\b", re.I),
                  "largest major urban areas by population"),
                 (re.compile(r"\b(?:leav(?:e|es|ing)|emigrat(?:e|es|ing))\b((?:\s+[\w'’-]+){0,3}?)\s+than\s+(?:are\s+)?"
                             r"(?:arriv(?:e|es|ing)|com(?:e|es|ing)\s+in|immigrat(?:e|es|ing)|mov(?:e|es|ing)\s+in)\b", re.I),
                  r"net migration rate of\1"),
                 # ... "debt" (what is owed), "particulate matter" (fine particles)
                 (re.compile(r"\b(?:owe|owes|owed|owing)\b", re.I), "owe in debt"),
                 # (... and "Remittances", the money sent home by those working abroad)
                 (re.compile(r"\bmoney\s+(?:that\s+)?(?:(?:is|are|was|were)\s+)?(?:sent|sends?|sending|wired|transferred|remitted)\s+"
                             r"(?:home|back)\b", re.I), "remittances"),
                 (re.compile(r"\b(?:fine\s+)?(?:particles|particulates?(?:\s+(?:pollution|matter))?)\b", re.I), "particulate matter"),
                 # ... and what a people call their country, its "local" name ("local short form: Srbija")
                 (re.compile(r"\bcall\s+(?=(?:their|its)\s+(?:own\s+)?(?:country|homeland|nation|state)\b)", re.I), "call in local form "),
                 # ... and a legislature's chambers, as its "legislative structure" counts them ("unicameral")
                 # (a "house" only hyphenated: "a single house" may be a home)
                 (re.compile(r"\b(?:two|2|double)(?:[\s-]+chamber(?:ed)?|-house)\b", re.I), "bicameral"),
                 (re.compile(r"\b(?:one|1|single)(?:[\s-]+chamber(?:ed)?|-house)\b", re.I), "unicameral"),
                 # ... and a plane's registration, which a fact sheet gives for "Civil aircraft" (WordNet's "plane" is a
                 # kind of aircraft, never the word itself)
                 (re.compile(r"\b(?:air|aero)?planes?\s+(?:(?:is|are|that\s+(?:is|are))\s+)?registered\b|"
                             r"\bregistered\s+(?:air|aero)?planes?\b", re.I), "civil aircraft registration"),
                 # ... and "median age" (the age of the average or typical person: "How old is the average Serbian?")
                 (re.compile(r"\bhow old is (?:the|an?) (?:average|typical|median)\b", re.I), "what is the median age of the"),
                 (re.compile(r"\b(?:average|typical)\s+age\b", re.I), "median age"),
                 # ... and "Life expectancy at birth" (how long people live), and the "potential support ratio" (how many
                 # of working age there are for each elder)
                 (re.compile(r"\b(how\s+long\s+(?:do|does|can)\s+(?:[\w'’-]+\s+){1,4}?)(lives?)\b", re.I),
                  r"\1\2 by life expectancy"),
                 (re.compile(r"\bworking[\s-]+age\b((?:\s+[\w'’-]+){0,4}?)\s+(?:for\s+(?:every|each)|per|to\s+(?:every|each))\s+"
                             r"((?:[\w'’-]+\s+){0,2}?)(?:(?:over|above|older\s+than)\s+(?:the\s+age\s+of\s+)?6[45]|elders?|elderly|"
                             r"pensioners?|retirees?)\b", re.I), r"potential support ratio of\1 \2"),
                 # ... "dual citizenship" (two passports), "urban population" (who lives in cities), "literacy" (who can
                 # read and write)
                 (re.compile(r"\b(?:two|second|a second|dual)\s+(?:passports?|citizenships?|nationalit(?:y|ies))\b", re.I),
                  "dual citizenship"),
                 (re.compile(r"\blives?\s+in\s+(?:the\s+)?(?:towns\s+and\s+)?cities\b|\bcity\s+dwellers\b", re.I),
                  "urban population"),
                 (re.compile(r"\b(?:can\s+)?read\s+and\s+write\b", re.I), "literacy"),
                 # (... and how many men or women live in a country: its "Population", "male: 3,242,751", as a fact sheet
                 # names the sexes; not how many people live somewhere, which a share of them living there does not tell)
                 (re.compile(r"\b(how\s+many\s+(?:[\w'’-]+\s+)?)((?:wo)?men|(?:fe)?males)\s+"
                             r"(?:live|lives|reside|resides|are\s+living)\s+in\b", re.I),
                  lambda found: f"{found[1]}{SEX_OF[found[2].lower()] + 's' if found[2].lower() in SEX_OF else found[2]} "
                                "are in the population of"),
                 # ... and trading partners: whom a country buys the most from are its top imports partners, whom it sells
                 # the most to its top exports partners ("Which countries does Kosovo import the most from?")
                 (re.compile(rf"{_DOES_NAME}(?:buy|import|purchase)\s+(?:the\s+)?most\b(?:\s+\w+)?\s+from\b", re.I),
                  r"are \1's top imports partners"),
                 (re.compile(rf"{_DOES_NAME}(?:sell|export|ship)\s+(?:the\s+)?most\b(?:\s+\w+)?\s+to\b", re.I),
                  r"are \1's top exports partners"),
                 # (... and who sells (or supplies) the most to a country is its top imports partner, who buys the most
                 # from it its top exports partner; its biggest supplier or customer likewise)
                 (re.compile(r"\b(?:sells?|sold|supplies|supplied|supply|ships?)\s+(?:the\s+)?most\b(?:\s+\w+)?\s+to\b", re.I),
                  "is the top imports partner of"),
                 (re.compile(r"\b(?:buys?|bought|purchases?|imports?)\s+(?:the\s+)?most\b(?:\s+\w+)?\s+from\b", re.I),
                  "is the top exports partner of"),
                 # (... "Who buys most of it?" after what a country sells abroad)
                 (re.compile(r"^(\W*(?:(?:and|but|so)\s+)?who)\s+(?:buys?|bought|purchases?)\s+(?:the\s+)?most(?:\s+of\s+"
                             r"(?:it|them|that|those|these|its\s+exports))?(?=\s*\?)", re.I), r"\1 is the top exports partner"),
                 (re.compile(r"\b(?:biggest|largest|main|top)\s+suppliers?\b", re.I), "top imports partner"),
                 (re.compile(r"\b(?:biggest|largest|main|top)\s+(?:customers?|buyers?|markets?)\b", re.I), "top exports partner"),
                 # ... the shares of income of the richest and the poorest tenth ("highest 10%: 24.7%" of "Household income
                 # or consumption by percentage share"), and how unequal incomes are (the "Gini Index coefficient")
                 (re.compile(r"\b(?:richest|wealthiest|best-off|top|highest)\s+(?:tenth|ten\s+per\s*cent|10\s*(?:%|per\s*cent))",
                             re.I), "highest 10%"),
                 (re.compile(r"\b(?:poorest|worst-off|bottom|lowest)\s+(?:tenth|ten\s+per\s*cent|10\s*(?:%|per\s*cent))", re.I),
                  "lowest 10%"),
                 (re.compile(r"\bhow\s+(?:un)?equal(?:ly)?\b|\b(?:income|wealth)\s+(?:in)?equality\b", re.I),
                  "what Gini Index coefficient of income inequality"),
                 # ... a country's head of state, as a fact sheet names it ("chief of state: President ..."), the one who
                 # represents the US in it (the US "chief of mission" there), the languages its people speak ("speak
                 # Albanian"), and its minerals (its "natural resources")
                 (re.compile(r"\bheads?\s+of\s+state\b", re.I), "chief of state"),
                 (re.compile(r"\brepresents?\s+(?:the\s+)?(?:United\s+States|US|U\.S\.|USA|America)\s+(?:in|to)\b", re.I),
                  "is the US ambassador in"),
                 (re.compile(r"\b(speak|speaks|spoke|spoken|speaking)\s+(?=(?-i:[A-Z]))", re.I), r"\1 the language "),
                 (re.compile(r"\b(?:found|lie|lies)\s+(?:in|under)\s+((?:[\w'’]+\s+)?)(?:ground|soil|earth)\b", re.I),
                  r"natural resources of \1"),
                 (re.compile(r"\bmineral\s+(?:wealth|resources|deposits)\b|\b(?<=what |hich )minerals?(?=\s+(?:does|do|did|has|have|lie)\b)",
                             re.I), "natural resources"),  # (not "Which minerals are mined ...?", an industry's)
                 # (... and a parliament's elections are its legislature's: "Legislative branch / expected date of next
                 # election: December 2027")
                 (re.compile(r"\bparliamentary\s+(?=elections?\b)", re.I), "parliamentary legislative "),
                 # ... the weather a country has (its "Climate"), and the kind of government it has (its "Government type")
                 (re.compile(r"\bweather(?=\s+(?:is\s+)?like\b|\s+(?:in|of)\s+(?-i:[A-Z]))", re.I), "climate"),  # (not "in any weather")
                 (re.compile(r"\b(?:kind|type|form|sort|system)\s+of\s+government\b", re.I), "government type"),
                 # (... which a question may name as what a country is: "Why is Serbia a constitutional monarchy?"; not
                 # when it became one, a date: "When did Turkey become a republic?" -> "29 October 1923 (republic proclaimed")
                 (re.compile(r"^(?!.*\b(?:becom\w*|became|when)\b)(.*?\ban?\s+(?:(?-i:[a-z]+)\s+)?"
                             r"(?-i:monarchy|republic|dictatorship|theocracy|democracy|federation))\b", re.I), r"\1 government type"),
                 # ... who runs a country's government (its "head of government"), its helicopter landing pads
                 # ("Heliports"), drafting soldiers ("conscription abolished in 2011")
                 (re.compile(r"\b(?:(?P<past>ran|led|headed)|runs?|running|leads?|leading|heads?)\s+"
                             r"(?P<whose>(?:the\s+)?(?:[\w-]+['’]s?\s+)?)government\b", re.I),
                  lambda found: f"{'was' if found['past'] else 'is'} {found['whose']}head of government"),
                 (re.compile(r"\bhelicopter\s+(?:landing\s+)?(?:pads?|ports?|bases?)\b|\bhelipads?\b", re.I), "heliports"),
                 (re.compile(r"\b(?:draft|drafts|drafted|drafting)(?:\s+(?:soldiers|young\s+men|men|women|people|citizens|recruits)\b"
                             r"|(?=\s+into\b|\s*[?.,!]|\s*$))", re.I), "conscription"),  # (not a "draft resolution")
                 # ... people displaced within a country (its "IDPs"), what a country spends on its armed forces (its
                 # "Military expenditures", a share of its GDP, its economy) and the city it is governed from (its capital)
                 (re.compile(r"\binternally\s+displaced\b|\bdisplaced\s+(?:inside|within)\b", re.I),
                  lambda found: "internally displaced (IDPs)" + (" in" if found[0].lower().endswith(("inside", "within")) else "")),
                 (re.compile(r"\b(?:spend|spends|spent|spending|put|puts|putting|invest|invests|invested|devote|devotes|devoted)\b"
                             r"((?:\s+[\w'’-]+){0,6}?)\s+(?:on|into|in|to)\s+(?:its|the|their|his|her)\s+"
                             r"(?:armed\s+forces|military|army|defen[cs]e)\b", re.I), r"spend\1 on military expenditures"),
                 (re.compile(r"\b(?:slice|share|portion|part|proportion)\s+of\s+(?:its|the|their)\s+(?:economy|national\s+output)\b",
                             re.I), "share of GDP"),
                 (re.compile(r"^(\W*(?:which|what)\s+(?:city|town))\s+(?:does|do|is|are)\s+(.+?)\s+(?:governed|ruled|run|govern|rule)\s+"
                             r"(?:itself\s+)?from\s*\?\s*$", re.I), r"\1 is the capital of \2?"),
                 # ... life expectancy, at birth unless the question says otherwise (not "School life expectancy")
                 (re.compile(r"(?<!school )\blife\s+expectancy\b(?!\s+at\b)", re.I),
                  "life expectancy at birth"),
                 # ... where a court or an assembly sits, where it is "located"
                 (re.compile(r"^(\W*(?:where|in\s+(?:which|what)\s+\w+)\s+)(?:does|do)\s+(.+?)\s+(?:sit|have\s+its\s+seat)\s*\?\s*$",
                             re.I), r"\1is \2 located?"),
                 # ... who may vote, and from what age (its "Suffrage": "18 years of age; universal"), not how they voted
                 (re.compile(r"^(\W*(?:(?:and|but|so)\s+)?)who\s+(?:can|may|gets?\s+to|(?:is|are)\s+(?:allowed|entitled|eligible)\s+to)"
                             r"\s+vote\b(?!\s+(?:for|against|on|in\s+favou?r)\b)", re.I), r"\1what is the suffrage"),
                 (re.compile(r"\b(can|may)\s+((?:[\w'’-]+\s+){1,3}?)vote\b(?!\s+(?:for|against|on|in\s+favou?r)\b)|"
                             r"\b(old\s+enough\s+to)\s+vote\b|\b(?:the\s+)?right\s+to\s+vote\b|\bvoting\s+age\b", re.I),
                  lambda found: f"{found[1]} {found[2]}have suffrage" if found[1] else f"{found[3]} have suffrage" if found[3]
                  else "suffrage"),
                 # ... its highest and lowest points (a country's tallest peak, its lowest spot), and the waste it
                 # generates (the rubbish it throws away: "municipal solid waste generated annually")
                 (re.compile(r"\b(?:tallest|highest|loftiest)\s+(?:peaks?|mountains?|summits?|spots?|places?)\b", re.I), "highest point"),
                 (re.compile(r"\blowest\s+(?:spots?|places?)\b", re.I), "lowest point"),
                 # (... and its height above the sea on average, its "mean elevation: 442 m")
                 (re.compile(r"\b(?:average|mean)\s+(?:height|altitude|elevation)(?:\s+above\s+(?:the\s+)?sea(?:\s+level)?)?\b", re.I),
                  "mean elevation"),
                 (re.compile(r"\babove\s+(?:the\s+)?sea(?:\s+level)?\b(.*?)\s*\bon\s+average\b", re.I), r"in mean elevation\1"),
                 # (... and the words of its anthem, the anthem's "lyrics")
                 (re.compile(r"\bwords\b(?=(?:\s+[\w'’-]+){0,3}?\s+(?:anthems?|songs?|hymns?)\b)", re.I), "lyrics"),
                 (re.compile(r"\b((?:anthem|song|hymn)s?\b(?:\s+[\w'’-]+){0,3}?\s+)words\b", re.I), r"\1lyrics"),
                 (re.compile(r"\b(?:rubbish|trash|garbage)\b", re.I), "municipal solid waste"),
                 (re.compile(r"\b(?:throws?|threw|thrown|throwing)\s+(?:away|out)\b", re.I), "generate"),
                 # ... what a country grows (its "Agricultural products", the top ten by tonnage), and the ships that sail
                 # under its flag (its "Merchant marine")
                 (re.compile(r"^(\W*(?:(?:and|but|so)\s+)?(?:what|which))(?:\s+(?:crops|foods?|farm\s+products|produce))?"
                             r"(\s+(?:do|does|did)\s+(?:[\w'’-]+\s+){1,3}?)(?:grow|farm|harvest)\b", re.I),
                  r"\1 agricultural products\2grow"),
                 (re.compile(r"\b(?:sail|sails|sailing|fly|flies|flying|registered|flagged)\s+under\s+(?:the\s+)?([\w'’-]+)\s+flag\b",
                             re.I), r"in the \1 merchant marine"),
                 # ... the dangers nature poses to it (its "Natural hazards"), the babies born in it (its "Birth rate":
                 # "births/1,000 population"), the ending of its web addresses (its "Internet country code") and its
                 # home internet connections (its "Broadband - fixed subscriptions")
                 (re.compile(r"\bnatural\s+(?:dangers?|disasters?|threats?|risks?|perils?)\b", re.I), "natural hazards"),
                 (re.compile(r"\b(?:babies|children|infants)\s+(?:are\s+|were\s+|get\s+)?born\b", re.I), "births"),
                 (re.compile(r"\b(?:web\s*site|web|internet)\s+addresses\b|\bwebsites\b|\bdomain\s+names?\b", re.I),
                  "internet country code"),
                 # (... and its top export is among the commodities it exports)
                 (re.compile(r"\b(?:top|main|biggest|largest|chief|leading)\s+(exports?|imports?)\b(?!\s+(?:partners?|commodit))", re.I),
                  r"top \1 commodities"),
                 # (... its landlines, "Telephones - fixed lines", and a country's embassy in the US, the "chancery" of its
                 # "Diplomatic representation in the US", not the US embassy in it)
                 (re.compile(r"\b(?:land\s*-?\s*lines?|home\s+(?:tele)?phones?)(?:\s+(?:tele)?phones?)?\b", re.I),
                  "telephones fixed lines"),
                 (re.compile(r"\b(?:embass(?:y|ies)|chancery)\s+in\s+(?:the\s+)?(?:United\s+States|US|U\.S\.|USA|America|Washington)\b",
                             re.I), "chancery of its diplomatic representation in the US"),
                 (re.compile(r"\bhome\s+(?:internet|broadband)(?:\s+(?:connections?|lines?|subscriptions?))?\b", re.I),
                  "broadband fixed subscriptions"),
                 # ... and what a government takes in, its budget's revenues (not what it collects in taxes, a field of its own:
                 # "Taxes and other revenues / 23.9% (of GDP)")
                 (re.compile(r"\b(?:government|state)\s+(?:take|takes|took|bring|brings|brought|collect|collects|collected|"
                             r"earn|earns|earned)(?!\s+(?:in\s+)?tax)(?:\s+in)?\b", re.I), "government budget revenues"),
                 # ... and, in prose, an exchange of fire, which is a shootout (WordNet relates "gunfight" and "gunplay" to
                 # it, never the phrase): "What did the police do in the first exchange of fire?" / "In the initial shootout"
                 (re.compile(r"\bexchanges?\s+of\s+(?:gun)?fire\b", re.I), "shootout"),
                 # ... and a growing economy is its GDP growing, a fact sheet's "Real GDP growth rate": "By how much did
                 # Kosovo's economy grow in 2023?" / "4.1% (2023 est.)"
                 (re.compile(r"\beconom(?:y|ies)(?=\s+(?:grow|grows|grew|grown|growing|expand|expands|expanded|shrink|shrinks|"
                             r"shrank|contract|contracts|contracted)\b)|\beconomic(?=\s+(?:growth|expansion|contraction)\b)",
                             re.I), "real GDP"),
                 # ... and how many people a place has is its population ("How many inhabitants does Serbia have?", "How
                 # many people are there in Serbia?", "And how many people in total?" / "Population / total: ..."), not a
                 # count of people in a sentence ("subscriptions per 100 inhabitants"); not "How many people in total were
                 # killed?"
                 (re.compile(r"\bhow\s+many\s+(?:people|persons|inhabitants|residents)\s+(?:(?:are|were)\s+there(?=\s+in\s+"
                             r"(?-i:[A-ZÀ-Ž]))|(?:in\s+total|altogether|in\s+all)(?=\s*(?:\?|$)))", re.I), "what is the population"),
                 (re.compile(rf"\bhow\s+many\s+(?:people|persons|inhabitants|residents)\s+{_DOES_NAME}have\b", re.I),
                  r"what is the population of \1"),
                 # ... and a plan in the word the sources write it with ("When was Kosovo supposed to get the drones?", "...
                 # due to reach ...": "Kosovo was scheduled to receive ..."), not a cause ("due to the crisis")
                 (re.compile(r"\b(?:supposed|due|slated|meant)\s+to\b(?=\s+(?!(?:the|a|an|its|their|his|her|this|that|these|"
                             r"those)\b)[a-z]+\b)", re.I), "scheduled to")]


# a name of capitalised words that may be joined by "of", "and", "for" or "the": "Board of Judges and Prosecutors" (the
# joining words in lower case only: were "The" both a joining word and a capitalised one, "The The The ..." would take
# time exponential in its length to fail)
LONG_NAME = r"(?-i:[A-ZÀ-Ž])[\w'’-]*(?:\s+(?:(?-i:of|and|for|the)\s+)*(?-i:[A-ZÀ-Ž])[\w'’-]*)*"


def by_initials(text: str) -> dict[str, str]:
    """Each name of three capitalised words or more by its initials ("SCO": "Shanghai Cooperation Organisation"), which
    a source may give instead: a fact sheet's "SCO (dialogue member)". (Not a question's first word: "Did ...".)"""
    found = {}
    for name in re.findall(LONG_NAME, text):
        capitalised = [word for word in name.split() if word[:1].isupper() and word.lower() not in STOPWORDS]
        if len(capitalised) >= 3:
            found["".join(word[0] for word in capitalised)] = " ".join(capitalised)
    return found


def one_word_for_phrases(question: str) -> str:
    """The question with a phrase a fact sheet says in one word put as that word ("sell abroad" -> "exports")."""
    for phrase, word in _ONE_WORD_FOR:
        question = phrase.sub(word, question)
    return question


def spell_out_titles(text: str) -> str:
    """The text with its abbreviated titles spelled out ("PM" -> "Prime Minister"), for matching only (never quoted)."""
    return _TITLE.sub(lambda m: _TITLES[m.group(1)], text)


POSSESSIVE = re.compile(r"['’]s$")  # a name's possessive ending: "Serbia's" -> "Serbia"


def proper_names(question: str) -> set[str]:
    """The words of a question that are names as written ("Danish", "Serbia's" -> "serbia"), less
    acronyms, which the sources may spell out ("KSF" for "Kosovo Security Force"). Unstemmed, unlike
    ``named_terms``: the stemmer parts a people's word from its country ("israeli" -> "isra")."""
    names = [POSSESSIVE.sub("", name) for name in NAME.findall(question)]
    return {word for name in names if not name.isupper() for word in words(name)} - STOPWORDS


def named_terms(question: str) -> set[str]:
    """The terms of the names a question gives ("Serbia's", "KLA")."""
    return set(content_terms(" ".join(NAME.findall(question))))


_PEOPLE_ENDING = re.compile(r"(?:ish|ian|an|ese|i|ar|ot)$")  # "turkish", "albanian", "kosovar", "cypriot"
_COUNTRY_ENDING = re.compile(r"|a|e|o|y|ey|ia|ain|us|iy|iye")  # what the country's name has instead ("turkey", "kosovo")


def same_name(a: str, b: str) -> bool:
    """Two terms of one name: equal, or a people's word and its country's ("serbian" / "serbia",
    "israeli" / "israel"): the shorter of five letters or more, the longer adding at most two; or the two share
    four letters or more and part with a people's ending against a country's ("turkish" / "turkey", "kosovar" /
    "kosovo", "british" / "britain"; not "belgian" / "belgrade")."""
    if a[:4] != b[:4]:  # both forms share four letters or more; most pairs part here (``mentions`` asks a whole vocabulary)
        return False
    short, long = sorted((a, b), key=len)
    if short == long or (len(short) >= 5 and long.startswith(short) and len(long) - len(short) <= 2):
        return True
    shared = len(os.path.commonprefix([a, b]))
    # (... or two forms of a country's name: "turkey" / "turkiye", as *The World Factbook: Turkey (Türkiye)* writes it)
    return shared >= 4 and (any(_PEOPLE_ENDING.search(people) and len(people) - shared <= 3
                                and _COUNTRY_ENDING.fullmatch(country[shared:]) for people, country in ((a, b), (b, a)))
                            or bool(_COUNTRY_ENDING.fullmatch(a[shared:]) and _COUNTRY_ENDING.fullmatch(b[shared:])))


# the names of one country that share no stem, so ``same_name`` cannot pair them ("the American ambassador" is the
# ambassador of the US); each name as a source or a question writes it
_ONE_COUNTRY = (("United States", "US", "U.S.", "USA", "America", "American"),
                ("United Kingdom", "UK", "U.K.", "Britain", "British"))


# a state's long form names the country its short form does: "the Republic of Macedonia" is Macedonia, "the Federal
# Republic of Yugoslavia" Yugoslavia
_STATE_FORM = re.compile(r"^(?:the\s+)?(?:(?:(?:Federal|Socialist|Democratic|People['’]s|Islamic|United)\s+)*"
                         r"(?:Republic|Kingdom|State|Principality)\s+of\s+(?:the\s+)?)?", re.I)


def same_country(a: str, b: str) -> bool:
    """Two names of one country: "American" / "the US", "Turkish" / "Turkey", "United States" / "U.S."."""
    a, b = _STATE_FORM.sub("", a.strip()), _STATE_FORM.sub("", b.strip())
    if any(a in forms and b in forms for forms in _ONE_COUNTRY):
        return True
    a_terms, b_terms = content_terms(a), content_terms(b)
    return bool(a_terms) and len(a_terms) == len(b_terms) and all(map(same_name, a_terms, b_terms))


def term_share(part: str, whole: str) -> float:
    """The share of ``part``'s terms that ``whole`` holds (a claim in its cited sentence, a bullet in its restatement)."""
    terms = set(content_terms(part))
    return len(terms & set(content_terms(whole))) / max(1, len(terms))


def embedding_text(title: str, heading: str, text: str) -> str:
    """What the embedding model and BM25 see of a chunk: its document title and section heading too."""
    return "\n".join(part for part in (title, heading if heading not in text[:200] else "", text) if part)


REFERENCE_MARK = re.compile(r"\[(?:\d+|[a-z]|citation needed)\]", re.I)  # Wikipedia's footnote marks
_CLOSING_MARKS = re.compile(rf"(?:{REFERENCE_MARK.pattern})+$", re.I)


def is_heading(line: str, max_words: int) -> bool:
    """A short line without closing punctuation: a section or field heading ("Capital", "National anthem(s)"); not a
    sentence whose full stop a footnote mark follows ("- Indonesia was against the campaign.[317]")."""
    line = _CLOSING_MARKS.sub("", line.strip()).strip()
    return 0 < len(line.split()) <= max_words and line[-1] not in ".!?:;,\"'”’" and not line.endswith(".)")


LIST_ITEM = re.compile(r"^\s*(?:[-•*]|\d+[.)])\s")


def is_list(block: str) -> bool:
    """Every line of the block is a list item ("- ...", "• ...", "2) ...")."""
    lines = [line for line in block.split("\n") if line.strip()]
    return bool(lines) and all(LIST_ITEM.match(line) for line in lines)


_FIELD_LINE = re.compile(r"^\s*\w[\w ()/'-]{0,40}:\s")


def is_field_line(line: str) -> bool:
    """A fact-sheet "key: value" line ("meaning: each star ...", "note: ...")."""
    return bool(_FIELD_LINE.match(line))
