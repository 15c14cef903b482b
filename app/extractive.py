"""The embedded default answerer: answers with the sources' own sentences, each cited.

No generative model that installs offline is good enough to trust (MODELS.md: SmolLM2-135M invents
facts even with the right passage). So the answer is the best-supported sentences of the retrieved
passages, quoted verbatim (less the sources' own footnote marks) with their [n] marker. Every sentence
is scored against the question by:
- meaning: MiniLM cosine between question and sentence;
- words: the share of the question's informative (IDF-weighted) terms the sentence contains;
- rank: how high the hybrid retriever ranked its passage;
- answer kind: a "who" question wants a name, "when" a date, "how many/far/long" a number;
- label: a fact-sheet field whose label line the question names ("Population" / "total: ...").
A sentence dated only to years other than the one the question asks about is not a candidate.
When no sentence clears the support threshold, the answer says the sources do not say.
A comparison between named alternatives ("..., Serbia or Kosovo?") is answered side by side.
"""

import itertools
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from app.components.embedding import EmbeddingComponent
from app.lexicon import Lexicon, irregular_verbs, shared_lexicon, terms_with_verbs
from app.text import BOUNDS, IRREGULAR_PLURALS, LIST_ITEM, NAME, NAME_RUN, POSSESSIVE, REFERENCE_MARK, SEX_OF, STOPWORDS, \
    by_initials, content_terms, is_field_line, is_heading, named_terms, one_word_for_phrases, plain_term, same_country, same_name, \
    sentence_spans, spell_out_titles, term_share

if TYPE_CHECKING:
    from app.retrieval import Chunk

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"\b(?:1\d|20)\d\d\b")  # 1000-2099
# ... less one a word of amount puts before it, which counts: "over 1000 reports of beatings"
_YEAR_NOT_COUNT = re.compile(r"(?<!\bover )(?<!\babout )(?<!\baround )(?<!\bsome )(?<!\bnearly )(?<!\balmost )(?<!\bthan )"
                             r"(?<!\bapproximately )(?<!\broughly )" + _YEAR.pattern, re.I)
_DATED_FIGURE = re.compile(r"\(((?:1\d|20)\d\d)(?: est\.)?\)")  # a fact sheet's figure's year: "(2024 est.)", "(2021)"
_DATED_VALUE_LINE = re.compile(rf"^[^:\n]{{1,40}}{_DATED_FIGURE.pattern}$")  # "8.3% (2023 est.)", a field's figure for a year
_DAYS = r"\d{1,2}(?:\s*(?:-|–|or|and|to)\s*\d{1,2}\b)?"  # "12", and a span of days: "3-4", "1 or 2"
_CALENDAR_DAY = re.compile(rf"\b{_MONTH}\.?\s+{_DAYS}\b|\b{_DAYS}\s+{_MONTH}\b", re.I)
# "How did Osmani describe ...?", "What did Vučić call ...?", "What words did she use for ...?" ask for a
# characterisation; a sentence gives one when it names the thing in quotation marks or "as ...":
# 'calling his statements "shameful and hypocritical"', "called the bombings, an 'unlawful act of terrorism'"
_ASKS_CHARACTERISATION = re.compile(r"\b(?:describ\w*|characteri[sz]\w*|label|refer to)\b|"
                                    r"\bwhat words\b.*\buse\b", re.I)
# ... and so does "What did X call Y?", which asks how a statement or event was described ("described it as ..."
# meets its "call"); not "call for", "call on", nor the present "What does Serbia call Kosovo?", which asks for a name
_ASKS_WHAT_CALLED = re.compile(r"^\W*(?:(?:and|but|so)\s+)?what did\b.*?\bcall\b(?!\s+(?:for|on|upon)\b)", re.I)
# "Which countries refuse to recognise Kosovo?" is answered by "five EU member states ... do not recognize its
# independence": a sentence that negates the verb refuses it
_REFUSES = re.compile(r"\b(refus\w*|declin\w*|fail\w*)\s+to\s+([a-z]+)", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no longer)\b|n['’]t\b", re.I)
# ... of a state: "Kosovo is not a member of ...", "has never joined"
_DENIES_STATE = re.compile(r"\b(?:is|are|was|were|has|have|had|does|do|did)\s+(?:not|never)\b|\b(?:isn['’]t|aren['’]t|hasn['’]t|"
                           r"haven['’]t|never)\b", re.I)
_CHARACTERISES = re.compile(r"\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|characteri[sz](?:es|ed|ing)|label(?:s|l?ed|l?ing)|"
                            r"dubb(?:ed|ing)|term(?:ed|ing)|brand(?:ed|ing)|referr(?:ed|ing) to|denounc(?:es|ed|ing)|"
                            r"condemn(?:s|ed|ing)|hail(?:s|ed|ing)|decr(?:ies|ied|ying)|dismiss(?:es|ed|ing))\b[^.;\"“'‘]{0,60}?"
                            r"(?:[\"“‘]|(?<!\w)'|\bas\b)", re.I)
_ASKS_MEANING = re.compile(r"^\W*(?:(?:and|but|so)\s+)?what (?:do|does|did)\b.*?\b(symboli[sz]e|represent|signify|stand for|mean)\b", re.I)
_TELLS_MEANING = re.compile(r"^\s*meaning:|\b(?:represent(?:s|ed|ing)?|symboli[sz](?:es|ed|ing)|stands? for|stood for|signif(?:y|ies|ied))\b",
                            re.I | re.M)
_CALLS_ON = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:on|for|upon)\b", re.I)  # a call to act, not a name
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")  # a time of day: "at 17:27"
_ORDINAL_OR_CLOCK = re.compile(rf"\b\d+(?:st|nd|rd|th)\b|{_CLOCK.pattern}", re.I)  # "the 14th century", "at 17:27"
# a number that names rather than counts: "Resolution 1199", "Chapter 7", the "22 S.A.S." regiment; or that locates:
# a place's coordinates in degrees and minutes ("44 50 N, 20 30 E")
_DESIGNATION = re.compile(r"\b(?:Resolution|Chapter|Article|Annex|Protocol|Section|Paragraph|Point|Route|Highway|Flight|"
                          r"No\.?)\s+\d+\b(?![.,]\d)|\b\d+\s+(?=(?:[A-Z]\.){3,})|\b\d{1,3}\s+\d{1,2}\s+[NSEW]\b")
_DATE = re.compile(rf"\b{_MONTH}\b|{_YEAR.pattern}", re.I)
# a time from one date to another ("from 24 March to 11 June 1999", "between 1998 and 1999"): it tells when a thing
# started and when it ended, in the words of neither
_SPAN_OF_DATES = re.compile(rf"\b(?:from|between)\s+(?:\d{{1,2}}\s+)?(?:{_MONTH}|{_YEAR.pattern})[\w ,]{{0,20}}?\s+"
                            rf"(?:to|until|till|through|and)\s+(?:\d{{1,2}}\s+)?(?:{_MONTH}|{_YEAR.pattern})", re.I)
_SPAN_STARTS = {"start", "began", "begin", "begun", "launch"}  # (terms, as ``content_terms`` stems the words)
_SPAN_ENDS = {"end", "finish", "stop", "conclud", "ceas"}
_CENTURY = r"\b\d{1,2}(?:st|nd|rd|th)[\s-]+century\b"  # "the 14th century"
# a year before the common era or counted in it, and a century, date too: "back to 200 B.C.", "the 14th century"
_ERA = re.compile(rf"\b\d{{1,4}}\s*(?:B\.\s?C\.(?:E\.)?|BCE?\b|A\.\s?D\.|AD\b)|{_CENTURY}")
_DATE_TERMS = re.compile(f"{_CALENDAR_DAY.pattern}|{_DATE.pattern}", re.I)  # "October 12", "12 October", "October", "2025"
_NUMBER_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER = re.compile(rf"(?<![^\W_])(?<![A-Za-z]-)\d|\b(?:{_NUMBER_WORD}|{_TENS}|"
                     r"hundreds?|thousands?|dozens?|millions?|billions?|half)\b|(?<=\bthe\s)only\b", re.I)  # ("the only meeting")
# a sentence that says there are none ("virtually no progress"), or that someone took no part ("Poland did not participate
# in the operation": it sent no troops to it)
_NONE = re.compile(r"\b(?:no|none|zero|nothing)\b(?!\s+(?:longer|doubt|matter|one)\b)|"  # "virtually no progress"
                   r"\b(?:did|does|do|has|have|had)\s+not\s+(?:participate|take\s+part)\b", re.I)
# an age: "a 35-year-old officer", "aged 35", "18 years of age", "upper age for enlisting is 30"; not "until mandatory
# retirement age; ... 9-year terms", which gives none
_AGE = re.compile(rf"\b(?:\d+|{_NUMBER_WORD}|{_TENS})[\s-]+years?[\s-]+old\b|"
                  r"\baged?\s+(?:of\s+)?\d+|\b\d+\s+years?\s+of\s+age\b|\bage\b[^.;:\d]{1,40}?\b(?:is|was|of|at)\s+\d", re.I)
# a thing's age: the century it dates from, or the year it was built ("the 14th century Banjska Monastery")
_DATED_THING = re.compile(rf"{_CENTURY}|"
                          r"\b(?:built|founded|established|constructed|erected|dat(?:es|ed|ing)\s+(?:back\s+)?(?:from|to))\b"
                          r"[^.;]{0,40}?\b(?:1\d{3}|20\d\d|century)\b", re.I)
# (not the Factbook's "children born/woman"; nor is "Kosovo in Tito's Yugoslavia (1945–1980)" a life span)
_BIRTH = re.compile(r"\b(?:born|birth)\b(?!/)", re.I)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zà-ž]+(?:\s+[A-Z][a-zà-ž]+)*")


_MONEY = re.compile(r"[$€£¥₺]\s?\d|\b\d[\d,.]*\s?(?:dollars?|euros?|usd|eur|pounds?|lira|dinars?)\b|"
                    r"\b(?:million|billion|trillion)\s+(?:dollars?|euros?|usd|eur)\b|"
                    r"\b\d[\d.]*%\s+of\s+GDP\b", re.I)  # (a sum told as a share of the economy: "Remittances / 17.5% of GDP")
# (a fact sheet's results: "2022: Aleksandar VUCIC reelected in first round; percent of vote - ...")
_OUTCOME = re.compile(r"(?<!-)\b(?:won|wins|winners?|victor(?:y|ious)|defeated|came (?:first|second)|re-?elected|"
                      r"(?:per ?cent|%) of (?:the )?vote|majority of (?:the )?votes)\b", re.I)  # (not "hard-won freedoms")
_REASON = re.compile(r"\b(?:because|due to|since|as a result|in order to|so that|aim(?:s|ed)? to|seek(?:s|ing)? to|"
                     r"to (?:prevent|avoid|ensure)|"
                     r"reflects?|driven by|factors?|motivat\w*|fears?|concerns?|reasons?|allow(?:s|ed|ing)?|enabl\w*|"
                     r"provid(?:es|ed|ing) \w+ (?:with )?(?:an )?opportunity|opportunity|useful|advantage|benefit\w*|"
                     r"distract\w*|divert\w*|redirect\w*|given|amid|argu(?:es|ed|ing) that|on the grounds)\b", re.I)
_ASKS_REASON_IN_WORDS = re.compile(r"\b(?:what|which)\s+(reasons?|grounds?|justifications?|motives?)\b"
                                   r"(?:.*?\b(give|gave|given|offer|offered|cite|cited))?", re.I)
# units of time, each as (singular, plural)
_TIME_UNITS = (("second", "seconds"), ("minute", "minutes"), ("hour", "hours"), ("day", "days"), ("week", "weeks"),
               ("month", "months"), ("year", "years"), ("decade", "decades"), ("century", "centuries"))
_UNIT = rf"(?:{'|'.join(f'{plural}|{singular}' for singular, plural in _TIME_UNITS)})"
_SPAN_OF_TIME = re.compile(rf"\b(?:\d[\d,.]*|{_NUMBER_WORD}|{_TENS}|several|a few|many)[\s-]+{_UNIT}\b", re.I)  # "11 months"
# a span of time, or one between two dates ("from 1998 to 1999", "between March and June"; not "between Belgrade and
# Pristina")
_DATED_AHEAD = rf"(?=[^.;]{{0,20}}?(?:\d|\b{_MONTH}\b))"  # a figure or a month within the next 20 characters
_DURATION = re.compile(rf"\bfrom\b{_DATED_AHEAD}.{{1,60}}?\b(?:to|until|till)\b|"
                       rf"\bbetween\b{_DATED_AHEAD}.{{1,40}}?\band\b|{_SPAN_OF_TIME.pattern}|"
                       rf"\bsince\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?(?:{_MONTH}\b|(?:1[5-9]|20)\d\d\b)", re.I)
# "How many drones were lost?" counts drones: a count in a sentence must stand before them, a few words on ("thousands
# of Skydagger kamikaze drones"); "dozens of soldiers were trained" counts soldiers. Words for people, and for troops,
# count one another ("580,000 inhabitants" for people, "100 soldiers" for troops), as WordNet's synonyms do
# (the words after a count are looked ahead at, not taken: "raided five locations in three municipalities" counts the
# municipalities too)
_COUNTS_OF = re.compile(rf"(?:\b(?:{_NUMBER_WORD}|{_TENS}|hundreds?|thousands?|dozens?|millions?|billions?)\b|(?<=\bthe\s)only\b|"
                        r"(?<![\w.])\d[\d,.]*\d?%?)(?=((?:[\s-]+[\w'’-]+){1,6}))", re.I)
_RANGE_GOES_ON = re.compile(r"\s*(?:to|-|–|or)\s*\d")  # what follows the first number of a range
_KINDS_OF_COUNTED = [frozenset(content_terms("people persons civilians inhabitants residents individuals citizens men women")),
                     frozenset(content_terms("troops soldiers personnel servicemen forces"))]
# what "How many ...?" asks was done to what it counts: "How many KFOR soldiers were injured ...?" -> "injured"
_COUNTED_STATE = re.compile(r"\bhow many\b(?:\s+[\w'’-]+){1,5}?\s+(?:were|was|have been|has been|had been)\s+"
                            r"(?:(?:\w+ly|later|also|still|then|ever)\s+)?([a-z]+ed)\b", re.I)
_COUNT_ASKED_UNTIL = re.compile(r"(?:were|was|did|does|do|are|is|have|has|had|will|would|can|could)$", re.I)


# where the words after a count stop naming what it counts ("two Serb militants inside a police vehicle")
_COUNTED_ENDS = re.compile(r"\s(?:in|inside|at|on|from|to|into|with|by|for|near|during|after|before|over|under|were|was|"
                           r"are|is|had|have|has|who|which|that)\s|"
                           r"(?<=[a-z]s)\s+(?=[a-z]+ed\b)", re.I)  # ... or a verb in the past after them ("three towns gathered")


def _with_related(terms: set[str], lexicon: Lexicon | None) -> set[str]:
    """The terms and the terms WordNet relates to them."""
    return terms | {related for term in terms for related in lexicon.related(term)} if lexicon else terms


def _counted_words(counted_noun: re.Match | None) -> list[str]:
    """The words of what "How many ...?" counts (``counted_noun``: its first words), up to the verb."""
    words = counted_noun.group(1).split() if counted_noun else []
    return list(itertools.takewhile(lambda word: not _COUNT_ASKED_UNTIL.match(word), words))


def _what_is_counted(counted_noun: re.Match | None, lexicon: Lexicon | None) -> tuple[set[str], list[str]]:
    """What "How many ...?" counts (``_counted_words``): the terms of its lower-case words with their synonyms
    ("Skydagger drones" of "... drones were lost" -> drones), and the names saying whose they are ("Serbian")."""
    words = _counted_words(counted_noun)
    terms = set(content_terms(" ".join(word for word in words if word.islower())))
    # (a people counted by name alone, "How many Serbs were killed ...?", are counted by that name: "2,197 Serbs", not
    # "13,500 people"; not an acronym, which may be written out: "MPs")
    if not terms and words and all(word[:1].isupper() and not word.isupper() and word[1:].islower() for word in words):
        return set(content_terms(" ".join(words))), words
    # (... and a people named in the plural before the first lower-case word is counted, whatever follows: "How many
    # Serbs left Kosovo ...?" counts Serbs, as "4,000 Serbs moved ..." does; not "Turkish", which tells whose)
    # (only beside lower-case words, which would be counted in its place: a question that names what it counts in capitals
    # alone, "How many US A-10 Thunderbolts were shot down?", is read above)
    leading = list(itertools.takewhile(lambda word: word[:1].isupper(), words)) if terms else []
    terms |= set(content_terms(" ".join(word for word in leading if re.fullmatch(r"[A-ZÀ-Ž][a-zà-ž]+s", word))))
    for kind_of_counted in _KINDS_OF_COUNTED:
        if terms & kind_of_counted:
            terms |= kind_of_counted
    names = [word for word in words if word[:1].isupper()]
    return _with_related(terms, lexicon), names + [alias for name in names for alias in _country_names(name, lexicon)]


def _kind_restricted(counted_noun: re.Match | None, lexicon: Lexicon | None) -> list[set[str]]:
    """The words that narrow a kind of people or troops "How many ...?" counts ("stateless" of "How many stateless
    persons ...?"), each with WordNet's related forms: those kinds count one another (``_KINDS_OF_COUNTED``), so a count
    of people ("13,535 people were killed or missing") answers only if its sentence names what narrows them too."""
    words = _counted_words(counted_noun)
    kind_at = next((i for i, word in enumerate(words)
                    if word.islower() and set(content_terms(word)) & set().union(*_KINDS_OF_COUNTED)), None)
    if kind_at is None:
        return []
    return [_with_related({term}, lexicon) for word in words[:kind_at] if word.islower() for term in content_terms(word)]


def _country_names(name: str, lexicon: Lexicon | None) -> set[str]:
    """The terms of every name of the country a people's word names: "American" -> "america", "us", "usa" (WordNet has
    "American" of "America", a country also written "US" and "USA"); none for a word that names no country."""
    if not lexicon:
        return set()
    return {alias for country in lexicon.related(name.lower()) if lexicon.is_a(country, "country")
            for alias in lexicon.related(country) | {country}}


# an adverb between a verb and what it says ("were later released"), and what a count is said to be ("four of whom
# were later released", "Of these, 10,812 were Albanians")
_ADVERB = r"(?:\w+ly|later|also|still|then|ever|eventually|finally|subsequently)"
_SAID_TO_BE = re.compile(rf"\s+(?:of\s+(?:whom|which|them|these|those)\s+)?(?:were|was|are|is)\s+"
                         rf"(?:{_ADVERB}\s+)?([\w'’-]+)", re.I)
_BARE_COUNT = re.compile(r"\s*(?:out of\s+[\d,.]+\s*)?")


_CAPITALISED_WORD = re.compile(r"(?-i:[A-ZÀ-Ž])[\w'’-]+")


def _name_among(words: list[str], names: list[str]) -> bool:
    """Whether capitalised ``words`` give one of ``names``: by its first four letters ("Serb" is "Serbian"), or a name in
    capitals by their initials ("KLA soldiers" are "Kosovo Liberation Army soldiers")."""
    initials = "".join(word[0] for word in words)
    return any(word[:4].lower() == name[:4].lower() for word in words for name in names) \
        or any(name.isupper() and name in initials for name in names)


def _counts(sentence: str, counted: set[str], names: list[str], part: set[str] = frozenset(),
            is_kind: Callable[[str], bool] = lambda word: False, whose: list[str] = ()) -> bool:
    """Whether a count in the sentence stands before (within six words, up to a preposition or a verb) one of the
    ``counted`` terms, or the sentence says there are none ("Greece took no active part"). When the question names
    whose they are (``names``: "Serbian troops"), a count naming others instead is theirs ("dozens of Kosovo Security
    Force soldiers"). A question for a part of them (``part``: "How many of the people killed were Albanians?") is
    also answered by a count that is said to be that part ("Of these, 10,812 were Albanians"). A count of a kind of
    the thing counted (``is_kind``: "24 automobiles" for "How many vehicles ...?") counts it too. A count naming nobody
    is of those the question names before what it counts (``whose``: "Russian" of "How many Russian troops ...?") only
    when its sentence names them."""
    for none in _NONE.finditer(sentence):  # ("virtually no progress" is no count of engineers: "no" is of what it counts)
        if none.group(0).lower() != "no" or set(content_terms(sentence[none.end():])[:2]) & counted:
            return True
    for m in _COUNTS_OF.finditer(sentence):
        if part and (said := _SAID_TO_BE.match(m.group(1))) \
                and set(content_terms(said.group(1))) & part:
            return True
        if _RANGE_GOES_ON.match(m.group(1)):
            continue  # (the first number of a range counts what its last one does: "1,500 to 2,000 civilians")
        words = _COUNTED_ENDS.split(m.group(1) + " ")[0]
        # (a count with no noun of its own counts what its sentence names: "By November 1999, according to the UN High
        # Commissioner for Refugees, 848,100 out of 1,108,913 had returned")
        if _BARE_COUNT.fullmatch(words):
            words = sentence
        if not counted & set(content_terms(words)) and not any(map(is_kind, re.findall(r"[a-z]+", words))):
            continue
        others = _CAPITALISED_WORD.findall(words)
        if names and others and not _name_among(others, names):
            continue
        # (a count naming nobody is of those the question names before what it counts only when its sentence names them:
        # "How many Russian troops did the accords allow?" is not answered by "1,500 troops for border monitoring" in a
        # sentence of NATO's and Yugoslavia's troops, though its passage names the Russian delegation)
        if whose and not others and not _name_among(_CAPITALISED_WORD.findall(sentence), whose):
            continue
        return True
    return False


# Answer kinds a sentence must show to answer the question at all (a "when" answer has a date ...).
REQUIRED_KINDS = ("money", "date", "duration", "number", "outcome", "age", "relation")
# "How is Selçuk Bayraktar related to Erdoğan?" asks for a tie between two people: a word of kinship or of one's
# standing to another ("son-in-law", "ally"), not any sentence that names both
_ASKS_RELATION = re.compile(r"\bhow (?:is|are|was|were) .+ related to\b", re.I)
_RELATION = re.compile(r"\b(?:sons?|daughters?|fathers?|mothers?|brothers?|sisters?|wife|wives|husbands?|cousins?|nephews?|"
                       r"nieces?|uncles?|aunts?|grand(?:son|daughter|father|mother|child)\w*|in-laws?|\w+-in-law|siblings?|"
                       r"relatives?|married|allies|ally|allied|partners?|rivals?|successors?|predecessors?|prot[ée]g[ée]s?|"
                       r"mentors?|friends?|deputy|aides?|advis[eo]rs?|spouses?)\b", re.I)


# what a figure measures, when a question asks for it by name: a figure answers only if its sentence names the
# measure too ("What was the turnout in ...?" is not answered by "one third of deputies")
_MEASURE = r"population|length|height|altitude|speed|turnout|weight|payload|capacity|strength|age"
_ASKED_MEASURE = re.compile(rf"\bwhat (?:is|was|are|were) the (?:[\w-]+\s+){{0,2}}({_MEASURE})\b", re.I)


# the parts a question leaves out: "What share of Kosovo's land is neither farmland nor forest?"
_NEITHER = re.compile(r"\bneither\s+(?:the\s+)?([\w'’-]+(?:\s+[\w'’-]+)?)\s+nor\s+(?:the\s+)?([\w'’-]+(?:\s+[\w'’-]+)?)", re.I)
_OTHER_LINE = re.compile(r"^other\s*:", re.I | re.M)  # a field's part for what its other parts leave out ("other: 5.5%")
# the names a question asks of as owners: "Serbia's land border", "the land border of Serbia"
_OWNER = re.compile(r"((?:(?-i:[A-ZÀ-Ž])[\w-]*\s+)*(?-i:[A-ZÀ-Ž])[\w-]*)['’]s\b|\bof\s+(?:the\s+)?((?-i:[A-ZÀ-Ž])[\w-]*)")
# "What share of Serbians lack an improved drinking water source?" asks for a field's negated part ("unimproved: ...")
_LACKED = re.compile(r"\b(?:lacks?|lacking|without|no|not)\s+(?:an?\s+|any\s+)?([a-z]+)", re.I)

# a figure of speed, distance, height or weight is given in a unit of it: "How fast can the TB2 fly?" is not answered
# by "a range exceeding six miles", nor "How heavy is its payload?" by "dozens of soldiers"
_ASKS_SHARE = re.compile(r"\bwhat (?:percentage|percent|share|proportion|fraction)\b", re.I)
_LENGTH_UNIT = r"\d\s*(?:km|mi|m|ft|nm)\b|\b(?:kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot)\b"
_DIMENSIONS = [
    # (... or, of a change rather than a journey, a rate of it: "How fast is Serbia urbanizing?" / "rate of urbanization:
    # 0.04% annual rate of change"; "How fast did Serbia's economy grow?" / "Real GDP growth rate" / "3.9% (2024 est.)")
    (re.compile(r"\bhow fast\b|\bspeed\b", re.I),
     re.compile(r"\b(?:mph|km/h|kmh|kph|knots?|mach)\b|\b(?:miles|kilomet(?:er|re)s|km|met(?:er|re)s)\s+(?:per|an|a)\s+(?:hour|second)\b|"
                r"%[^.;\n]{0,40}\b(?:annual|a year|per year|per annum|rate)\b|\b(?:annual|rate)\b[^;\n]{0,40}?(?:\n\s*)?\d[\d.,]*\s*%", re.I)),
    # ("How far back does it trace its history?" asks for a time, answer_kind)
    (re.compile(r"\bhow far\b(?!\s+back\b)|\b(?:range|distance)\b", re.I), re.compile(_LENGTH_UNIT, re.I)),
    (re.compile(r"\bhow (?:tall|high)\b|\b(?:height|altitude)\b", re.I), re.compile(_LENGTH_UNIT, re.I)),
    # "How long is the Danube?" wants a length ("2,888 km"), or a span of time ("How long is the term?"), not an area
    # ("Danube (795,656 sq km)")
    (re.compile(r"\bhow long (?:is|are|was|were)\b", re.I), re.compile(rf"{_LENGTH_UNIT}|{_SPAN_OF_TIME.pattern}", re.I)),
    # (nor "How deep is Lake Van?" by its area, "Lake Van - 3,740 sq km")
    (re.compile(r"\bhow (?:deep|wide)\b|\b(?:depth|width)\b", re.I), re.compile(_LENGTH_UNIT, re.I)),
    # "How big is Serbia in square kilometres?" is not answered by "250 kilometers from Camp Bondsteel"
    (re.compile(r"\bsquare\s+(?:kilomet|met|mile)|\bsq\.?\s*(?:km|mi)\b", re.I),
     re.compile(r"\bsq\.?\s*(?:km|mi|m)\b|\bsquare\s+(?:kilomet|met|mile)|\b(?:km|mi)(?:2|²)|\bhectares?\b", re.I)),
    # a part of a whole is a share of it: "What share of its capacity is geothermal?" is not answered by "installed
    # generating capacity: 1.555 million kW"
    (_ASKS_SHARE,
     re.compile(r"%|\bper ?cent\b|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|majority|minority)\b|\bout of\b|"
                r"\b(?:one|\d+) in (?:every )?(?:\d|two|three|four|five|ten)", re.I)),
    # "What is the median age?": "total: 31.3 years" under the "Median age" field
    # (not a compound that bounds people by age: "How many young dependants ... per hundred working-age Kosovars?")
    (re.compile(r"(?<![\w-])age\b", re.I), re.compile(rf"{_AGE.pattern}|\b\d[\d.]*\s+years?\b(?!\s+(?:ago|later|earlier)\b)", re.I)),
    (re.compile(r"\bhow heavy\b|\bweigh(?:s|ed|t)?\b", re.I),
     re.compile(r"\d\s*(?:kg|g|t|lbs?|oz)\b|\b(?:kilo(?:gram)?s?|grams?|tons?|tonnes?|pounds?|ounces?)\b", re.I)),
] + [  # "How many hours of training ...?" is counted in hours ("22 years in prison" for years; not "by 2028")
    (re.compile(rf"\bhow many\s+{plural}\b", re.I), re.compile(rf"\b(?:{plural}|{singular})\b", re.I))
    for singular, plural in _TIME_UNITS]


# "Which Serbian minister ...?", "Which British general ...?", "Who is Serbia's president?" ask for the holder of
# an office; groups: whose office (Serbia), the words before it (British, foreign), the office
_ASKED_OFFICE = re.compile(r"^\W*(?:which\s+|who (?:is|was|are|were) (?:the |its |his |her |their |(?:the (?=(?-i:[A-Z])))?([\w-]+)['’]s )?)"
                           r"((?:[\w-]+\s+){0,2}?)(minister|general|president|commander|ambassador|governor|"
                           r"mayor|judge|prosecutor|king|chancellor|director|secretary|envoy|representative|deputy|"
                           r"spokes(?:man|woman|person))\b", re.I)
# what an office may be "of" that makes it no other office: the country it serves, or a time ("the president of the
# country at the time", "of an ...")
_NO_PORTFOLIO = {"country", "state", "nation", "republic", "government", "time", "day", "year", "an"}
# where a sentence posts an envoy ("Diplomatic representation in the US"), the post it names ("the US Ambassador to the
# Republic of Macedonia") and whence it sends one ("Diplomatic representation from the US"); a place's name may be
# written by its initials, with full stops ("U.S.")
_PLACE = r"(?:the\s+)?((?-i:[A-ZÀ-Ž][\w.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-ZÀ-Ž][\w.-]*)*))"  # ("the Republic of Macedonia")
_POSTED_IN = re.compile(rf"\b(?:in|to)\s+{_PLACE}")
_ENVOY_TO = re.compile(rf"(?i:\b(?:ambassador|envoy|representative)s?)\s+to\s+{_PLACE}")
_SENT_FROM = re.compile(rf"\bfrom\s+{_PLACE}")
# words before an office that make it no other office: "the current KFOR commander" is a commander ("foreign minister",
# "vice president" and "first president" are other offices)
_NO_OFFICE = {"current", "present", "new", "acting", "incumbent", "then", "former", "sitting", "later", "next"}


def answer_kind(question: str) -> str | None:
    q = question.lower()
    # a part of a whole is a number, whatever the whole ("What share of its budget does Turkey spend on health?")
    if re.search(r"\bwhat (?:percentage|percent|share|proportion|fraction)\b|\bhow much of\b", q):
        return "number"
    # "How much pressure is the EU putting on Serbia?" asks for a degree ("strong pressure"), not a figure
    if re.search(r"\bhow much (?:pressure|influence|support|attention|control|leverage|trust|damage|interest|success|"
                 r"opposition|resistance|criticism|tension|concern|progress)\b", q):
        return None
    # (the question word decides: "Which prime minister warned of paying a greater price later?" asks for a person)
    # (and not "How many dinars was a dollar worth?": a count of a currency's units, which an exchange rate gives)
    if re.search(r"\b(?:price|cost|costs|paid|pay|worth|spend|spent|budget|how much money|value of)\b", q) and \
            not re.match(r"^\W*(?:(?:and|but|so|then)\s+)?(?:who|whom|whose|which|why|where|how many)\b", q):
        return "money"
    if re.search(r"\bwho (?:won|lost|wins|will win|came first)\b|\bwinners?\b|\bresults? of\b", q):
        return "outcome"
    # "when" asks for a date when it opens the question ("Who commanded KFOR when it entered ..." asks who)
    if re.search(r"^\W*(?:(?:and|but|so|then)\s+)?(?:since\s+|until\s+)?when\b|\band when\b|\b(?:what|which) (?:date|day|year|month)\b|"
                 r"\bhow (?:long ago|far back)\b|\bwhat time\b(?!\s+(?:zone|difference))", q):
        return "date"
    # ... and "how early" / "how late" / "how far ahead" for one between two times ("three months ahead of schedule")
    if re.search(r"\bhow long (?:did|does|do|has|have|had|will|would|was|were)\b(?!.*\bago\b)|\bhow (?:early|late|soon)\b|"
                 r"\bhow far (?:ahead|behind|in advance|before|after)\b", q):
        return "duration"
    if re.search(r"\bhow old\b|\bwhat age\b", q):
        return "age"
    if _ASKS_RELATION.search(q):
        return "relation"
    if re.search(r"\bhow (?:many|much|far|fast|long|large|big|high|tall|heavy|wide|deep)\b|\bwhat (?:percentage|share|number)\b|"
                 r"\bwhat (?:is|was|are|were) the (?:[\w-]+\s+){0,2}?(?:area|size|number|total|rate|percentage|amount|distance|"
                 rf"range|{_MEASURE})\b", q):
        return "number"
    if re.search(r"^\s*why\b|\bwhy (?:did|does|do|is|was|were|are|could|would|has|have)\b|\bwhat (?:led|caused|drove|made|prompted)\b(?!\s+(?:up|of|from|by)\b)", q):
        return "reason"
    if re.search(r"\bwho(?:m|se)?\b|\bwhich (?:person|official|leader)\b", q) or _ASKED_OFFICE.search(q):
        return "name"
    return None


# "What was the wingspan of the Skydagger drones?" names the attribute it asks for: when no passage mentions it (nor
# a word WordNet gives for it), the sources cannot say it, however much they say of the drones (AnswerChain.stream)
# (with the words before it that tell which: "Serbia's divorce rate" asks for no rate the sources give, if none says
# "divorce")
_ASKED_ATTRIBUTE = re.compile(r"^\W*(?:(?:and|but|so)\s+)?what (?:is|was|are|were) (?:(?:the|its|their|his|her|[\w-]+['’]s) "
                              r"((?:[\w-]+\s+){0,2}?[a-z][\w-]*) (?:of|for)\b|"
                              r"(?-i:[A-ZÀ-Ž])[\w-]*['’]s ((?:[\w-]+\s+){0,2}?[a-z][\w-]*)\s*\?)", re.I)  # ... "Kosovo's national bird?"


def asked_attribute(question: str) -> str | None:
    """The attribute a question of no particular answer kind asks for by name, with up to two words before it
    ("wingspan", "national bird"); a figure or a date asked for by name ("What is the distance ...?") is told by its
    unit or its kind instead."""
    asked = _ASKED_ATTRIBUTE.search(question)
    return (asked.group(1) or asked.group(2)) if asked and answer_kind(question) is None else None


# "Who was the rector of the University of Pristina?" asks for the holder of a post it names
_ASKED_POST = re.compile(r"^\W*(?:(?:and|but|so)\s+)?who (?:is|was|are|were) (?:the|its|their|his|her|[\w-]+['’]s) "
                         r"(?:[\w-]+\s+){0,2}?([a-z][\w-]*) (?:of|for|at|in)\b", re.I)


def asked_post(question: str) -> str | None:
    """The post whose holder the question asks for ("rector")."""
    asked = _ASKED_POST.search(question)
    return asked.group(1) if asked else None


_PROPER = r"(?!(?:Is|Was|Are|Were|Do|Does|Did|Has|Have|Had|Which|Who|Whose|What|When|Where|How|Why|Can|Could|Will|Would|Should)\b)" \
          r"[A-ZÀ-Ž][\w’'-]*(?:\s+(?:[A-ZÀ-Ž][\w’'-]*|\d+))*"  # (a name may open with an accent: "Šainović")
_COMPARED = r"(?:larg|bigg|small|high|low|long|short|old|young|great)"  # + "er"/"est"
_COMPARATIVE = re.compile(rf"\b{_COMPARED}(?:er|est)\b|\b(?:more|most|fewer|less|least)\b", re.I)
_WEIGHED = re.compile(rf"\b(?:{_COMPARED}er|more|fewer|less)\s+([a-z][\w -]{{0,40}}?)\s*(?:[,:?]|\bbetween\b)")
_ALTERNATIVES = re.compile(rf"\b({_PROPER})\s+or\s+(?:the\s+)?({_PROPER})")
# ... or weighs one against another: "Is Kosovo's population growing faster than Turkey's?"
_THAN = re.compile(rf"\b({_PROPER})\b.*\b(?:{_COMPARED}er|more|fewer|less|faster|slower|longer)\b.*?\bthan\s+"
                   rf"(?:(?:that|those)\s+of\s+)?(?:the\s+)?({_PROPER})")
# (... the comparative first: "How much older is Serbia's population than Kosovo's?")
_COMPARATIVE_THAN = re.compile(rf"\b(?:{_COMPARED}er|more|fewer|less|faster|slower|longer)\s+(?:is|are|was|were|does|do|did)\s+"
                               rf"(?:[a-z][\w'’-]*\s+){{0,4}}?({_PROPER})\b.*?\bthan\s+(?:in\s+)?(?:(?:that|those)\s+of\s+)?"
                               rf"(?:the\s+)?({_PROPER})")
# a comparison that names no measure weighs the one its words mean, as a country's fact sheet gives it: "Whose
# population is older ...?" compares median ages, "Where do people live longer ...?" life expectancies
_MEASURE_OF_COMPARISON = [
    (re.compile(r"\b(?:population|people|inhabitants)\b.*\b(?:older|younger)\b|\b(?:older|younger)\b.*\bpopulation\b", re.I),
     "median age"),
    (re.compile(r"\blive\s+longer\b|\blonger\s+li(?:fe|ves)\b|\blonger\s+(?:do|does|did)\s+\w+\s+live\b", re.I), "life expectancy"),
    (re.compile(r"\bpopulation\b.*\bgrow\w*\s+(?:faster|slower|more|less)\b", re.I), "population growth rate"),
    (re.compile(r"\b(?:economy|GDP)\b.*\bgrow\w*\s+(?:faster|slower|more|less)\b", re.I), "real GDP growth rate"),
    (re.compile(r"\b(?:richer|poorer|wealthier)\b", re.I), "real GDP per capita"),
    (re.compile(r"^\W*\w+\s+(?:is|was)\s+(?:the\s+)?(?:bigger|larger|smaller)\s*[,?]", re.I), "area"),  # "Which is larger, ...?"
]


def comparison_parts(question: str) -> list[tuple[str, str]]:
    """A question that weighs named alternatives ("Which has the larger population, Serbia or
    Kosovo?") -> (alternative, the question about it alone) for each: each side is found and
    quoted on its own, since no single sentence holds both figures. [] for any other question."""
    found = _ALTERNATIVES.search(question) or _THAN.search(question) or _COMPARATIVE_THAN.search(question)
    if not found:
        return []
    weighed = _WEIGHED.search(question) if found.re is _ALTERNATIVES else None
    if weighed:  # "the larger population" -> "What is the population of Serbia?", the way a fact is asked
        return [(alternative, f"What is the {weighed.group(1)} of {alternative}?") for alternative in found.groups()]
    measure = next((measure for said, measure in _MEASURE_OF_COMPARISON if said.search(question)), None)
    if measure:  # "Whose population is older, Serbia's or Turkey's?" -> "What is the median age of Serbia?"
        return [(alternative, f"What is the {measure} of {POSSESSIVE.sub('', alternative)}?") for alternative in found.groups()]
    if found.re is not _ALTERNATIVES:
        return []  # (a question that weighs by another measure is asked whole)
    # the comparative itself is no term to look for ("larger" would find "larger and denser populations")
    frame = _COMPARATIVE.sub("", question[:found.start()]), _COMPARATIVE.sub("", question[found.end():])
    return [(alternative, re.sub(r"\s+([,:?])", r"\1", re.sub(r"\s+", " ", frame[0] + alternative + frame[1])).strip())
            for alternative in found.groups()]


_SUCCESSION = re.compile(r"\b(?:succeed\w*|successors?|predecessors?|replac\w*|preced\w*)\b|\b(?:before|after)\s+(?=[A-ZÀ-Ž])")
# ... and a sentence that tells who came before or after someone says so
_SUCCEEDS_NAMED = re.compile(r"\b(?:succeed\w*|replac\w*)\s+[A-ZÀ-Ž]")  # ... or by one name: "Who will replace Ulutaş?"
_ASKS_WHO_IS_IN_CHARGE = re.compile(r"^\W*(?:(?:and|but|so)\s+)?who\s+(?:now\s+|currently\s+)?(runs|ran|leads|led|heads|"
                                    r"headed|owns|owned|founded|manages|managed|chairs|chaired|directs|directed|commands|"
                                    r"commanded)\b", re.I)
# a verdict and its opposite: "Why did Fatmir Limaj go to prison ...?" presumes a conviction the sources may deny ("Fatmir
# Limaj was acquitted of all charges"), as "Why was Ojdanić acquitted?" presumes an acquittal ("... sentenced to 15 years")
_PUNISHED = r"convicted|sentenced|jailed|imprisoned|found\s+guilty|(?:go|went|gone|sent)\s+to\s+(?:prison|jail)"
_CLEARED = r"acquitted|cleared|exonerated|charges\s+(?:were\s+|was\s+)?(?:soon\s+)?dropped"
_WHY_VERDICT = re.compile(r"^\W*(?:(?:and|but|so)\s+)?why\s+(?:was|were|did|has|had|is)\s+((?-i:[A-ZÀ-Ž])[\w'’-]*"
                          r"(?:\s+(?-i:[A-ZÀ-Ž])[\w'’-]*)*)\b(.*)", re.I)
_VERDICTS = [(re.compile(rf"\b(?:{_PUNISHED})\b", re.I), re.compile(rf"\b(?:{_CLEARED})\b", re.I)),
             (re.compile(rf"\b(?:{_CLEARED})\b", re.I), re.compile(rf"\b(?:{_PUNISHED})\b", re.I))]


def _opposite_verdict(question: str) -> tuple[str, re.Pattern] | None:
    """For "Why was <name> <verdict>?": the name, and the opposite verdict a sentence would tell instead."""
    why = _WHY_VERDICT.match(question)
    if not why:
        return None
    return next(((why.group(1), opposite) for asked, opposite in _VERDICTS if asked.search(why.group(2))), None)


_ASKS_PLACE = re.compile(r"^\W*(?:(?:and|but|so|in|from|to|with|by|for)\s+)?(?:which|what)\s+(?:[\w-]+\s+)?"
                         r"(countr(?:y|ies)|nations?|cit(?:y|ies)|capitals?)\b(?!['’])", re.I)
# a unit or scope after a field's label, in words: "(by length in km)" (not a figure's date, "total: 120 (2024 est.)")
_LABEL_ASIDE = re.compile(r"(?<=[A-Za-z])\s*\([a-z ]+\)\s*$")  # (not a party's "(electoral alliance includes AKP)")
# a preposition that makes what follows it a place ("live in Belgrade", "flew to Ankara"), not a government that acts
_PLACE_PREPOSITION = r"(?:in|at|to|from|into|near|around|outside|inside|across|through|within)"
_PLACED_AT = re.compile(r"\b(?:located|based|seated|headquartered|held|sits?|sat)\s+(?:in|at)\s+(?:the\s+)?((?-i:[A-ZÀ-Ž])[\w'’-]+)"
                        r"|\b(?:city|town|village)\s+of\s+((?-i:[A-ZÀ-Ž])[\w'’-]+)"
                        r"|\bcapital\b,?\s*(?:\n\s*name:\s*)?((?-i:[A-ZÀ-Ž])[\w'’-]+)", re.I)  # ("Capital" / "name: Pristina")
_PARTICIPLE = re.compile(r"\b[a-z]{3,}(?:ed|ing)\b")
# (a name that acts: a possessive or a verb after it; not a word that only ends as a verb does: "Belgrade this week")
_ACTING_NAME = re.compile(r"\b([A-ZÀ-Ž][a-zà-ž]+)(?:['’]s\b|\s+(?!(?:this|thus|as|its|his|plus|across|less|unless)\b)"
                          r"(?:has|have|had|is|was|will|would|did|does|[a-z]+(?:s|ed))\b)")
# "Where does the name Serbia come from?" asks for the origin of that name: a fact sheet's "etymology:" line tells of the
# name its own field gives ("name: Belgrade (Beograd)" under "Capital"), not of any other name the sheet holds
_ASKS_ORIGIN = re.compile(r"\b(?:come|comes|came|derive|derives|derived|mean|means|meant|origin|called|get its name|got its "
                          r"name)\b", re.I)
_NAME_ASKED = re.compile(r"\bname\s+(?:of\s+(?:the\s+)?)?((?-i:[A-ZÀ-Ž])[\w-]*)|((?-i:[A-ZÀ-Ž])[\w-]*)['’]s\s+name\b|"
                         r"\bis\s+((?-i:[A-ZÀ-Ž])[\w-]*)\s+(?:so\s+)?called\b|"
                         r"\b((?-i:[A-ZÀ-Ž])[\w-]*)\s+(?:get|got)\s+its\s+name\b", re.I)
_ETYMOLOGY = re.compile(r"^\s*etymology\s*:", re.M | re.I)
_FIELD_NAME = re.compile(r"^(?:name|(?:conventional|local) (?:short|long) form)\s*:\s*(.+)$", re.M | re.I)


def _name_asked(question: str) -> str | None:
    """The name whose origin or meaning a question asks ("Where does Serbia's name come from?" -> "Serbia"), or None."""
    named = _NAME_ASKED.search(question) if _ASKS_ORIGIN.search(question) else None
    return next(filter(None, named.groups())) if named else None


_DESCRIBING_PARTICIPLE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+((?-i:[a-z]+ed))\s+(?=(?-i:[A-Za-z]))", re.I)
_ASKS_HOLDER = re.compile(r"^\W*(?:(?:and|but|so)\s+)?who (?:is|was|are|were) (?:the |[\w-]+['’]s )(?:[\w-]+\s+){0,2}?"
                          r"(?:chief|head|leader|commander|director|president|minister|governor|mayor|ambassador|secretary|"
                          r"chair(?:man|woman|person)?|spokes(?:man|woman|person)|general|judge|prosecutor|envoy|ceo|founder|"
                          r"owner|officer|pilot|soldier|fatalit(?:y|ies)|victims?)s?\b", re.I)
# words that make a run of capitalised words a body, a place or a thing rather than a person ("Police Directorate",
# "Serbian Armed Forces"); a people's word ("Serbian", "Turkish") names no one either
_NOT_A_PERSON = frozenset("""ministry administration directorate guard guards force forces army armed staff affairs police council agency party union
league assembly court government republic kingdom office department committee commission security defense defence nations
united states organization organisation company bank corps brigade battalion division mission embassy center centre
institute university movement alliance front liberation democratic progressive socialist national international european
parliament airport agreement resolution annex province municipality municipalities association community lake river sea
mount monastery day charter federal federation state church orthodox catholic islamic list coalition bloc general chief
president minister prime commander ambassador secretary person persons the of and for in""".split())


_PEOPLES_WORD = re.compile(r"(?:ian|ish|ese)$")  # "serbian", "turkish", "chinese" ("vucic" is a surname)


def _names_person(sentence: str, question_names: set[str]) -> bool:
    """The sentence names a person: two capitalised words in a row, neither a word of a body or a place nor a people's
    word, that the question does not give ("Milan Mojsilović", "Albin KURTI"; not "UN Interim": a fact sheet writes a
    surname in capitals after the given name, and an acronym before a word is a body's)."""
    for run in NAME_RUN.findall(sentence):
        words = run.split()
        for first, second in zip(words, words[1:]):
            pair = [w.strip("'’-").lower() for w in (first, second)]
            if not any(w in _NOT_A_PERSON or _PEOPLES_WORD.search(w) or w.isdigit() for w in pair) \
                    and not (first.isupper() and (second.isupper() or len(first) > 1)) \
                    and not set(content_terms(" ".join(pair))) <= question_names:
                return True
    return False


_TELLS_CHARGE = re.compile(r"\b(?:run|runs|ran|running|lead|leads|leading|led|leaders?|leadership|head|heads|headed|heading|"
                           r"owns?|owned|owners?|founded|founders?|manag(?:e|es|ed|ing|ers?)|chair\w*|direct(?:s|ed|ing|ors?)|"
                           r"command\w*|chief|chiefs|ceo|presidents?|bosse?s?)\b", re.I)
_TELLS_SUCCESSION = re.compile(r"\b(?:succeed\w*|successors?|predecessors?|replac\w*|preced\w*|took over|tak(?:e|es|ing) over|"
                               r"assum\w+|appoint\w*|elect\w*|handed over|hand(?:s|ing)? over|new|former|until|since|after|before|"
                               r"then|later|previous\w*|next)\b", re.I)


# What a question asks for besides an answer kind (Asked): "Who is ...?" asks for the present holder of an office
# ("President Aleksandar VUCIC (since 31 May 2017)", "the current commander"; not "Milošević became President of
# the Presidency of Serbia" in 1989); "What was the name of ...?" for a name; "What is the ASM?" for its spelling out
_ASKS_PRESENT = re.compile(r"^\W*who (?:is|are)\b", re.I)
_PRESENT_HOLDER = re.compile(r"\(since\b|\b(?:current(?:ly)?|incumbent|acting|now)\b", re.I)
_ASKS_NAME = re.compile(r"\bwhat (?:is|was|are|were) the names? of\b(?:\s+(?:the|a|an)\b)?((?:\s+[\w'’-]+)*?)"
                        r"(?=\s+(?:that|who|whom|which|whose|where|when|in|on|at|for|from|to|by|with|during|after|before)\b|"
                        r"\s*[?,.]|\s*$)", re.I)  # group 1: what is named ("the first Turkish astronaut")
# what parts a name from what it names, between the two: a preposition, a conjunction or a sentence's end ("the first
# Turkish astronaut in space on the International Space Station" does not name the astronaut; a field's "key: value"
# does: "legislature name: Grand National Assembly")
_PARTS_NAME = re.compile(r"[;.!?]|\b(?:in|on|at|to|from|by|with|for|into|onto|over|under|after|before|during|against|"
                         r"between|through|across|near|about|since|until|within|without|among|and|or|but|while|when|where|"
                         r"which|who|whom|whose|that)\b", re.I)
_ASKS_DEFINITION = re.compile(r"^\W*(?:[Ww]hat|WHAT) (?:is|are|was|were) (?:the )?([A-Z][A-Z0-9]{1,7})\b(?!['’])|"
                              r"\b[Ww]hat does (?:the )?([A-Z][A-Z0-9]{1,7}) stand for\b")  # an acronym, spelled as such

# "What did Erdoğan reply to ...?", "What did Greece say about ...?": what someone it names said; one word or a run
# of capitalised words right before the verb of saying (not "How did Serbia describe / react ...", which sources
# often tell otherwise: "what it describes as", "a move Serbia condemned")
_ASKS_WHAT = r"^\W*(?i:(?:(?:and|but|so)\s+)?(?:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+)"
_ASKED_SAYING = r"(?i:say|reply|respond|answer|claim|argue|state|announce|tell|write|warn|deny|insist|promise|demand)\b"
_ASKS_WHAT_SAID = re.compile(rf"{_ASKS_WHAT}({NAME_RUN.pattern})\s+{_ASKED_SAYING}")
# ... or someone in an office of what it names ("What did India's prime minister say ...?")
_ASKS_WHAT_OFFICE_SAID = re.compile(rf"{_ASKS_WHAT}(?:the\s+)?({NAME_RUN.pattern})['’]s\s+(?:[\w-]+\s+){{1,4}}?{_ASKED_SAYING}")
# whom the words were said to: "... tell the KLA fighters", "... say to Milošević" (not "... say Serbia was appalled by")
_SAID_TO = re.compile(rf"(?:(?<=(?i:tell|warn))|\s+(?i:to))\s+(?:the\s+)?({NAME_RUN.pattern})")
# ... and "What did the ICTY conclude about ...?" asks for what a body found, in its words ("the ICTY opined that ...")
_ASKS_WHAT_FOUND = re.compile(r"^\W*(?i:(?:(?:and|but|so)\s+)?(?:what|how)\s+(?:did|does|do|has|have|had)\s+(?:the\s+)?)"
                              rf"({NAME_RUN.pattern})\s+(?:(?i:report|study|inquiry|investigation|commission|panel)\s+)?"
                              r"(?i:conclude|find|rule|opine)\b")  # ("What did the ICTY report conclude ...?")
_ACCORDING_TO = re.compile(rf"\b(?i:according to)\s+((?!(?:The|the)\s+(?:article|conclusion|analysis|report|author|Factbook)\b)"
                           rf"(?:the\s+)?{NAME_RUN.pattern})")  # a speaker named ("according to Osmani"), not the text itself
_DOCUMENT = re.compile(r"(?:fact\s*sheet|factbook|profile|entry|page|article)s?\b", re.I)  # what a possessive may cite
_POSSESSED = re.compile(r"['’]s\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\b")  # "(Russia)'s draft resolution"
# "Who called ... <description>?", "Which official described ... as <description>?" (group 1: the description's last word,
# lower-case; not "called for/on", which is no description)
_ASKS_WHO_CALLED = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?i:who|which(?:\s+[\w'’-]+){1,3}?)\s+(?:(?i:has|had|have)\s+)?"
                              r"(?:(?i:called|dubbed|branded|termed)\s+(?!(?i:for|on|upon)\b)|"
                              r"(?i:described|characteri[sz]ed|labell?ed|referred\s+to)\s+[^?]*?\bas\s+)"
                              r"[^?]*?\b([a-z][\w'’-]*)[\"”'’]?\s*\?\s*$")
# "What was Milo Đukanović's party called?", "What is the operation called?" (group 1: what is named, "party")
_ASKS_NAME_CALLED = re.compile(r"^\W*(?:(?:and|but|so)\s+)?what (?:is|was|are|were) (?:the\s+|its\s+|their\s+|his\s+|her\s+|"
                               r"(?:[A-ZÀ-Ž][\w'’-]*\s+){0,4}?[A-ZÀ-Ž][\w'’-]*['’]s?\s+)((?:[\w-]+\s+){0,3}?[\w-]+)\s+"
                               r"(?:officially\s+)?(?:called|named)\s*\?", re.I)
# "Which Chinese brigade trained with ...?": the thing asked for (group 2) with the words before it (group 1), up to
# the question's verb
_WHICH_THING = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:(?:in|with|from|to|by|at|on|for)\s+)?which\s+((?:[\w'’-]+\s+){0,2}?)"
                          r"([\w-]+)\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|[a-z]+ed)\b", re.I)


def _only_a_kind_of(sentence: str, described: str, thing: str) -> bool:
    """The sentence gives the thing only as "a" thing of the question's own description, with no name after it: "...
    joint exercises with a Chinese brigade" tells that there was a Chinese brigade, not which ("a Turkish company,
    Baykar" tells which)."""
    words = set(described.lower().split())
    told = list(re.finditer(rf"\b(a|an|the|its|their|this|that|one)\s+((?:[\w'’-]+\s+){{0,2}}?){re.escape(thing)}s?\b", sentence,
                            re.I))
    return bool(told) and all(found.group(1).lower() in ("a", "an") and set(found.group(2).lower().split()) <= words
                              and not re.match(r"\s*,?\s*(?:called|named|known as|the)?\s*[\"“'‘_]?(?-i:[A-ZÀ-Ž])", sentence[found.end():])
                              for found in told)


# ... or a name given as what a thing is called ("the 97% of the country in Asia is referred to as Anatolia")
_NAMED_AS = re.compile(r"\b(?:(?:known|referred\s+to)\s+as|called|named|dubbed|goes\s+by\s+the\s+names?\s+of)\s+(?-i:[A-ZÀ-Ž])",
                       re.I)
_QUOTED_TITLE = re.compile(r"[\"“][^\"”]+[\"”]|(?<!\w)_[^_]+_(?!\w)")  # a quoted name, or a title in italics ("_The Kosovo Report_")
# "Which countries does Osmani accuse Serbia of ...?", "What did Kurti claim ...?": a charge or a claim a named
# speaker makes (soft, as "according to": the narrator may tell the same charge)
_ASKS_CHARGE_BY = re.compile(rf"\b(?i:does|did|do|has|have|had)\s+({NAME_RUN.pattern})\s+(?i:accuse|claim|allege|blame|argue)\b")
_SAYING_WORDS = (r"said|says?|stated?s?|told|tells?|wr[io]tes?|written|added|adds|noted|notes|declared?s?|argued?s?|"
                 r"claimed|claims?|warned|warns?|threaten(?:s|ed)|caution(?:s|ed)|call(?:s|ed|ing)|describ(?:es|ed|ing)|characteri[sz](?:es|ed|ing)|"
                 r"accus(?:es|ed|ing)|announced?s?|insist(?:s|ed)|denie[sd]|urged?s?|assert(?:s|ed)|emphasi[sz](?:es|ed)|"
                 r"replie[sd]|respond(?:s|ed)|answer(?:s|ed)|react(?:s|ed)|fram(?:es|ed)|charg(?:es|ed|ing)|labell?ed|"
                 r"dismiss(?:es|ed)|condemn(?:s|ed)|prais(?:es|ed)|thinks|thought|believe[sd]|promised?s?|demand(?:s|ed)|"
                 r"stress(?:es|ed)|explain(?:s|ed)|suggest(?:s|ed)|comment(?:s|ed)|remark(?:s|ed)|confirm(?:s|ed)|reveal(?:s|ed)|"
                 r"disclos(?:es|ed)|critici[sz](?:es|ed)|opine[sd]|conclud(?:es|ed)|found\s+that|ruled\s+that|according to")
_SAYING = re.compile(rf"\b(?:{_SAYING_WORDS})\b", re.I)
_SAYS_BY_IT = re.compile(rf"\bit\s+(?:\w+\s+)?(?:{_SAYING_WORDS})\b", re.I)  # "what it describes as ..."
# a subject that does something and goes on saying it: "Kurti published videos on Twitter, claiming ..."
_GOES_ON_SAYING = re.compile(r",\s+(?:claiming|saying|stating|arguing|noting|adding|insisting|warning|declaring|"
                             r"asserting)\b", re.I)


# the words a name is quoted with, whatever comes before it: "... rejected by General Jackson, with the now famous line, "I'm
# not having ..."" (the name is no object there)
_WITH_THE_LINE = re.compile(r",?\s*(?:with|in)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:line|words|remark|quip|phrase|reply|retort|statement)\s*[,:]?\s*[\"“]", re.I)


def _speaks(sentence: str, before: str, speaker: set[str]) -> bool:
    """Whether the sentence gives words of the speaker: the speaker's name as a subject (not after a verb or a
    preposition: not "he called Turkish President Erdoğan") followed within eight words by a verb of saying, with no
    one else named between ("Kosovo President Vjosa Osmani responded ...", "Vučić, in a media address, said"; not
    "I begged Erdoğan to stop arming Pristina, Vučić said"), or that verb right before the name ("said Erdoğan",
    "according to Osmani"); or "he/she/they <verb of saying>" ("according to him") after a sentence (not a
    quotation) that names the speaker first."""
    for run in NAME_RUN.finditer(sentence):
        if not set(content_terms(run.group(0))) & speaker:
            continue
        opening = sentence[:run.start()].rstrip(" \"“'‘_")
        if re.search(r"\b(?:said|says|wrote|added|according to)$", opening, re.I) or _WITH_THE_LINE.match(sentence, run.end()):
            return True
        # (after a preposition or a verb the name is an object: "with President Erdogan", "begged Erdoğan")
        if re.search(r"\b(?:with|to|of|for|by|from|on|at|in|into|about|against|between|among|toward|towards|"
                     rf"\w+ed|{_SAYING_WORDS})$", opening, re.I):
            continue
        # (past an aside between commas: "Susan Sontag, who witnessed the siege of Sarajevo, said ..."; one that says
        # "Branko Mamula, who claimed that ..." is read as it stands)
        after = sentence[run.end():]
        aside = re.match(r"\s*,\s*(?:who|whose|which|the|a|an|then|now|also)\b[^,;.]*,", after, re.I)
        if aside and not _SAYING.search(aside.group(0)):
            after = after[aside.end():]
        # ... or the subject who does something, "claiming ..." ("On 1 October, Kurti published videos on Twitter,
        # claiming ...")
        opens = re.fullmatch(r"(?:[^,]{0,40},)?", sentence[:run.start()].strip(" \"“'‘"))
        if opens and _GOES_ON_SAYING.search(after):
            return True
        # ... or a country or a body, the subject, that says it by "it" further on: "Serbia has refused to align with EU
        # sanctions ..., instead maintaining what it describes as military neutrality"
        if opens and _SAYS_BY_IT.search(after):
            return True
        after = " ".join(after.split()[:8])
        after = re.split(r"[;.!?]|\b(?!(?:" + _MONTH + r")\b)(?-i:[A-ZÀ-Ž])\w*", after, flags=re.I)[0]
        if _SAYING.search(after):
            return True
    if not re.search(r"\b(?:he|she|they)\s+(?:\w+\s+)?" + _SAYING.pattern + r"|\baccording to (?:him|her|them)\b", sentence, re.I):
        return False
    # ... whom the sentence before names first: "Serbian President Aleksandar Vučić's response was ..."; or, when it is a
    # quotation, whom it names after the quotation ('"I am proud ...," Osmani declared.')
    return bool(set(content_terms(_named_first(before))) & speaker)


def _named_first(text: str) -> str:
    """The first name a text gives ("On 1 October, Kurti ..." -> "Kurti"), or, when it opens with a quotation, the
    first after it ('"I am proud ...," Osmani declared.' -> "Osmani")."""
    quoted = re.match(r"\W*[\"“][^\"”]*[\"”]", text)
    return next((run.group(0) for run in NAME_RUN.finditer(text, quoted.end() if quoted else 0)
                 if content_terms(run.group(0)) and not re.fullmatch(_MONTH, run.group(0), re.I)), "")


def _spoken_by(cands: list["Candidate"], speaker: str, stands_for: set[str] | frozenset[str] = frozenset()) -> list["Candidate"]:
    """The candidates in which the named speaker speaks (``_speaks``), or a country a capital speaker stands for
    (``stands_for``: "What did Belgrade say ...?" is answered by "Serbia condemned the arrest as ...")."""
    terms = set(content_terms(speaker)) | {term for country in stands_for for term in content_terms(country)}
    return [c for c in cands if _speaks(c.quotable, c.antecedent, terms)]


# "Who trained the soldiers?", "Which company will train the operators?": who does the verb (the subject asked for;
# not "Which countries did Serbia threaten?")
_WHO_DID = re.compile(r"^\W*(?i:who|which(?:\s+[a-z-]+){1,2}?)\s+(?:(?i:has|had|have)\s+([a-z]+ed)|([a-z]+ed)|"
                      r"(?i:will|would|could|can|did|does|do)\s+([a-z]+))\b")

# a verb of the question's own after a "Which <noun> <participle>" ("... killed at Banjska had once guarded ..."), not
# one of a relative clause ("... trained the soldiers who were deployed")
_FINITE_VERB_AFTER = re.compile(r"(?:(?!\b(?:who|whom|that|which|whose)\b)[^?])*?\b(?:had|has|have|was|were|is|are|did|does|do|"
                                r"will|would|could|can)\b", re.I)


def _names_deed(sentence: str, before: str) -> bool:
    """The sentence opens with the noun of a deed the sentence before tells with its verb: "The confirmation was
    based on ..." after "... confirmed reports that ...", "The attack was ..." after "Gunmen attacked ..."."""
    the_noun = _OPENS_WITH_THE.match(sentence)
    if not the_noun:
        return False
    noun = the_noun.group(1).lower()
    stem = content_terms(noun)[:1]
    return bool(stem) and any(word.lower() != noun and content_terms(word)[:1] == stem
                              for word in re.findall(r"\b[a-z]+ed\b", before, re.I))


_NAME_THEN_COMMA = re.compile(r"^(?:[Tt]he\s+)?(?:so-called\s+)?(?:[A-ZÀ-Ž][\w'’-]*\s+)*[A-ZÀ-Ž][\w'’-]*,\s*$")


def _tells_agent(sentence: str, verb: str) -> bool | None:
    """Whether the sentence says who did ``verb``: None when it does not use the verb; False when it uses it
    only in the passive with no "by" after it ("soldiers were trained to operate the drones")."""
    stem = content_terms(verb)[0]
    forms = [m for m in re.finditer(r"\b[\w'’-]+\b", sentence) if content_terms(m.group(0))[:1] == [stem]]
    if not forms:
        return None
    for form in forms:
        before = sentence[max(0, form.start() - 30):form.start()]
        after = sentence[form.end():]
        passive = re.search(r"\b(?:was|were|is|are|been|being|be)\s+(?:(?:\w+ly|also|later|then|soon|still|never|not|"
                            r"eventually|finally)\s+)?$", before, re.I)  # ("were also captured")
        # (... or a participle right after the name a sentence opens with, and a comma, "The so-called SANU Memorandum,
        # leaked in September 1986, ...", whose doer is named in its own phrase if at all; not "John Kirby, the National
        # Security Council Coordinator ..., called ...")
        if _NAME_THEN_COMMA.match(sentence[:form.start()]) and form.group(0).lower().endswith("ed"):
            if re.match(r"[^,;.]*\bby\b", after, re.I):
                return True
            continue
        if not passive or re.search(r"\bby\b", after, re.I):
            return True
    return False


def _names_someone_else(sentence: str, question_names: set[str]) -> bool:
    """The sentence gives a full name (two capitalised words or more, less acronyms and a capitalised
    opening word like "The") none of whose words the question gives."""
    for run in NAME_RUN.findall(sentence):
        # "NATO KFOR" is no name of a person; "Alexander TITOLO" is (fact sheets capitalise surnames)
        for part in re.split(r"(?<![a-zà-ž] )\b[A-Z]{2,}\b", run):
            name = [word for word in part.split() if word.lower() not in STOPWORDS]
            if len(name) >= 2 and not set(content_terms(" ".join(name))) & question_names:
                return True
    return False


# words of a title that say which rank, not whose the charge is ("NATO Supreme Commander": NATO's)
_RANKS = frozenset(content_terms("supreme deputy chief general major lieutenant colonel brigadier admiral acting former "
                                 "vice senior first"))


def _charge_of_another(sentence: str, charge: str, given_names: set[str]) -> bool:
    """Every word of the sentence for the charge asked about (``charge``: the question's verb as a term, "command") is
    the title of someone in charge of another, named right before it: "NATO Supreme Commander Wesley Clark" and
    "KFOR commander General Mike Jackson" do not command the Russian troops (Jackson commands KFOR)."""
    words = re.findall(r"[\w'’-]+", sentence)
    titles = [i for i, word in enumerate(words) if content_terms(word)[:1] == [charge]]
    others = 0
    for i in titles:
        before = []
        for word in reversed(words[max(0, i - 3):i]):
            if not word[:1].isupper():
                break
            before.append(word)
        others += any(set(content_terms(word)) - given_names - _RANKS for word in before)
    return bool(titles) and others == len(titles)


_SHARE_AFTER = re.compile(r"\s?(?:[-–]\s?\d[\d,.]*\s?)?%")  # what follows a share's figure: "%", or a range's "-75%"


def _only_shares(text: str) -> bool:
    """The text gives figures, and every one of them is a share ("20% of the population", "Turkish 70-75%")."""
    shares = [bool(_SHARE_AFTER.match(text, figure.end())) for figure in _DIGITS.finditer(text)]
    return bool(shares) and all(shares)


def _has_kind(kind: str | None, sentence: str) -> bool:
    if kind == "money":
        return bool(_MONEY.search(sentence))
    if kind == "outcome":
        return bool(_OUTCOME.search(sentence))
    if kind == "date":  # (a time of day too: "At 17:27 (CET), Kosovo Special Forces entered ...", on the day told before)
        return bool(_DATE.search(sentence) or _ERA.search(sentence) or _CLOCK.search(sentence))
    if kind == "reason":
        return bool(_REASON.search(sentence))
    if kind == "duration":
        return bool(_DURATION.search(sentence))
    if kind == "number":
        return bool(_NUMBER.search(sentence) or _NONE.search(sentence))
    if kind == "age":  # "a 35-year-old officer", "aged 35", or the birth date it can be told from (of a thing: "the 14th
        # century Banjska Monastery", "built in 1502")
        return bool(_AGE.search(sentence) or (re.search(r"\b(?:born|birth)\b", sentence, re.I) and _DATE.search(sentence))
                    or _DATED_THING.search(sentence))
    if kind == "name":
        return bool(_NAME.search(sentence))
    if kind == "relation":
        return bool(_RELATION.search(sentence))
    return False


@dataclass
class Weights:
    meaning: float = 0.5
    words: float = 0.35
    rank: float = 0.1
    kind: float = 0.05
    label: float = 0.15
    extra_ratio: float = 0.85  # a further sentence joins the answer when it scores this close to the best
    max_sentences: int = 2
    other_passage_ratio: float = 0.95  # a runner-up from another passage must score this close to the best
    prose_ratio: float = 0.85  # a prose sentence this close to a best bullet takes the lead
    restatement_ratio: float = 0.6  # ... and one that restates the bullet, this close
    restates: float = 0.25  # share of a bullet's terms a sentence repeats to restate it
    lead_restates: float = 0.4  # ... and of a lead sentence's (longer: it sums up more)
    restates_question: float = 0.4  # a sentence whose terms are new to the question in less than this share restates it
    date_terms: float = 0.5  # weight of a year, month or day the question dates itself by (when it asks no date)
    describing: float = 0.5  # weight of a participle that describes a thing the question names ("the dissolved Assembly")
    related_word: float = 0.3  # share of its weight a question's word earns from a WordNet synonym or derived form ("died" / "deaths")
    passage_name: float = 0.5  # share of its weight a question's name earns when only the sentence's passage holds it
    borrowed_names: float = 0.3  # weight of a name a follow-up borrows from the previous exchange
    repeat_factor: float = 0.85  # score kept by a sentence the conversation already gave
    off_subject: float = 0.8  # score kept by a sentence whose passage lacks a subject the question names
    min_words: float = 0.1  # a supporting sentence holds at least this (IDF-weighted) share of the question's terms itself
    outmatched: float = 0.5  # ... and at least this share of what a sentence lacking the answer kind holds (Candidate.outmatched)
    min_sentence_words: int = 4
    heading_words: int = 5  # a line this short without end punctuation is a heading of the next line
    label_words: int = 8  # ... and this short, of a "key: value" line under it ("GDP - composition, by sector of origin")


@dataclass
class Candidate:
    n: int  # source number
    start: int  # offsets inside the source chunk text
    end: int
    text: str
    index: int = 0  # position among the candidates of its source
    doc_id: str = ""
    lead: bool = False  # its passage is in its document's lead, before the first heading (Chunk.in_lead)
    label: str = ""  # the field label line it was kept with ("Population" over "total: 1,977,093")
    before: tuple[int, int, str] | None = None  # the sentence before it in its passage: start, end, text
    # what it goes on from when it opens with a pronoun: the sentence before, with the one before that first when the
    # sentence before goes on from it too ("Vučić claimed ..." / "According to him, ..." / "He also claimed ...")
    antecedent: str = ""
    in_document: tuple[int, int] = (-1, -1)  # its start and end in its document (``start`` and ``end`` are in its passage)
    meaning: float = 0.0
    words: float = 0.0
    own_words: float = 0.0  # ... of which the sentence itself holds (no credit for names only its passage gives)
    kind_ok: bool = False
    missing: frozenset[str] = frozenset()  # the question's terms it does not hold
    unnamed: frozenset[str] = frozenset()  # the question's names that neither it (in its context) nor its passage holds
    other_time: bool = False  # dated to years the question does not ask about
    outmatched: bool = False  # it holds far less of the question than a sentence without the answer kind (score())
    other_subject: bool = False  # its document's title names none of the subjects the question names (_subjects)
    score: float = 0.0

    @property
    def quotable(self) -> str:
        """The sentence as the answer quotes it: without the source's own footnote marks ("[30]"),
        which would read as citations of sources that do not exist."""
        return re.sub(r"\s+([.,;:])", r"\1", re.sub(r" {2,}", " ", REFERENCE_MARK.sub("", self.text))).strip()


# a sentence that goes on about the one before: it opens with a pronoun (perhaps after an opening phrase:
# "In a media address on October 9, he called ..."), or its speaker goes on in the first person
# ('"Last year I begged Erdoğan ..." / "I also asked the Americans ..."')
_OPENS_WITH_PRONOUN = re.compile(r"^(?:[^,\"“]{0,60},\s*)?(?:he|she|it|they|his|her|its|their)\b|^[\"“]?(?:I|we|my|our)\b", re.I)
_ATTRIBUTED_TO_PRONOUN = re.compile(r"[,\"”]\s*(?:he|she|they)\s+(?:said|added|stated|declared|noted|told|wrote|argued)\b",
                                    re.I)  # '"... Russia, China and Iran," she said': who she is, the sentence before says
_OPENS_WITH_THE = re.compile(r"^The\s+([a-z][\w-]*)\b")  # "The accords called for ..."
_FIELD_NOTE = re.compile(r"^note:\s", re.I)
_AGES = re.compile(r"\bages?\s+\d+(?:\s*-\s*\d+|\s+(?:or|and)\s+(?:older|over|above|more))?", re.I)
_THE_REGION = re.compile(r"\bthe\s+(?:region|area|peninsula)\b", re.I)
_IN_PLACE = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?((?-i:[A-ZÀ-Ž])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ž])[\w'’-]*)*)", re.I)
_THE_NOUN = re.compile(r"\b[Tt]he\s+([a-z][\w-]*)\b")  # "... condemned the arrest as ..."
# "Which party retains ...?" asks for the name of what it opens with, the subject ("Which weapons did the KLA use?" does not)
_ASKS_WHICH = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:which|what)\s+([a-z][\w-]*)\b(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)"
                         r"(?!\s+(?:do|does|did)\b)", re.I)
# "What is the population of Mitrovica?" asks of the place it closes on (group 1)
_OF_PLACE = re.compile(r"^\W*what\s+(?:is|was|are|were)\s+the\s+(?:[\w'’-]+\s+){1,3}?of\s+(?:the\s+)?"
                       r"((?-i:[A-ZÀ-Ž])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ž])[\w'’-]*)*)\s*\??\s*$", re.I)
# a count asked in percent ("How many percent of ...?"): any other count is not answered by shares alone ("How many
# fixed phone lines ...?" by "Population below poverty line / 17.6%")
_IN_PERCENT = re.compile(r"\b(?:percent|per\s+cent|percentage)\b|%", re.I)
# a body named in full: capitalised words (after any owner's possessive) that close on a word for a body
_BODY = re.compile(r"(?<![\w'’])((?:(?-i:[A-ZÀ-Ž])[\w-]*\s+){1,4}(?:Party|Movement|Alliance|Union|Front|Coalition|League|"
                   r"Association|Committee|Council|Army|Agency|Company|Corporation|Ministry|Bank|Institute|Organi[sz]ation))\b")
# (with the plurals of the sexes, which terms keep as they are: "women" is a key of ``SEX_OF``)
_IRREGULAR_PLURALS = {**IRREGULAR_PLURALS, "women": "woman", "men": "man"}
_FLOW_END = re.compile(r"^\W*how\s+(?:much|many)\b.*\b(?:to|from|into|with)\s+(?:the\s+)?"
                       r"((?-i:[A-ZÀ-Ž])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ž])[\w'’-]*)*)\s*\??\s*$", re.I)
# "Who designed Serbia's flag?" asks for whoever made it: a deed of authorship that sources tell in its own word family
# ("designed by", "its designer", "the founder", "inventors"), so a sentence without it does not tell who (the flag's
# colours do not). Not "built", "wrote", "made": those are told in other words ("manufacturer", "lyrics/music:").
# A founding is told in more words than "found" ("the KLA was formed by ...", "established by President Clinton"), so
# "Who founded ...?" takes them too (``_FOUNDED``). ("Who created / set up ...?" is not asked for a deed of authorship:
# "Bukoshi ... created a group", "was established on a high point ... by Echo Battery" answer in words of their own)
_ASKS_AUTHOR = re.compile(r"^\W*(?:(?:and|but|so)\s+)?who\s+(?:(design|invent|coin|devis|sculpt|paint)|(found))ed\b", re.I)
_FOUNDED = re.compile(r"\b(?:found(?:ed(?!\s+to\b)|ers?|ing)|co-?founders?|(?:formed|established|created|set\s+up)\s+by)\b", re.I)
# "What colour are the drones painted?" asks for a colour: a sentence that names none (WordNet's kinds of "color": red,
# gold, grey) does not tell it
_ASKS_COLOUR = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:what|which)\s+colou?rs?\b", re.I)
# the next time of a recurring thing and the last one, as a fact sheet's field lines tell them ("expected date of next
# election: 2028", "most recent election date: 17 December 2023")
_NEXT_TIME = re.compile(r"\b(?:next|upcoming|coming|forthcoming)\b", re.I)
_LAST_TIME = re.compile(r"\b(?:last|latest|most\s+recent|previous)\b", re.I)
# "When did Erdoğan visit Pristina?" asks for the date of a deed (the first plain verb after "did", not a noun after
# "the" or a possessive): a sentence that never tells it in the verb's words ("In a media address on October 9, he called
# Erdoğan ...") dates something else; not a fact sheet's dated field ("Independence / 17 February 2008"), nor a sentence
# that denies it ("Kosovo is not a member of NATO"). Not a light verb, which sources tell in other words ("start" as "began")
_ASKS_WHEN_DID = re.compile(r"^\W*(?:(?:and|but|so)\s+)?when\s+did\s+(.+)", re.I)
# verbs of thought, whose deed is the one after them ("When did Sontag think Milošević should have been stopped?")
_THINKING = frozenset("think believe expect feel hope fear suspect assume".split())
_LIGHT_VERBS = frozenset("be become begin start end stop finish happen occur take make get give go come put have hold do "
                         "set keep let run turn".split())
# "In which Turkish city ...?" asks for a place of a kind (group 2) in a country a people's word names (group 1)
_ASKS_PLACE_OF = re.compile(r"^\W*(?i:(?:(?:and|but|so)\s+)?(?:(?:in|near|at|from|to|into|outside)\s+)?which)\s+"
                            r"([A-ZÀ-Ž][\w'’-]+)\s+(city|cities|town|towns|port|ports|village|villages)\b")
_ASKS_WHICH_NOUN = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:which|what)\s+(?!(?:is|was|are|were|do|does|did|has|have|had|can|"
                              r"could|will|would|should|may|might|must)\b)([a-z][\w-]*)\b", re.I)  # ... and "What faith do ...?"
_ENUMERATION = re.compile(r"^(?:first|second|third|fourth|finally|lastly|\d+[.)]|[-•*])", re.I)


_URL = re.compile(r"\S*(?:https?://|www\.)\S*|\S+/\S*/\S*")  # a link, or a piece of one cut at a chunk's start
_REFERS_BACK = re.compile(r"^(?:(?:of|among|from)\s+)?(?:this|these|those|such)\b|\b(?:these|those)\s+\w+", re.I)  # ("Of these, ...")
# a sentence that tells a result of the one before it: "Thus, few members of the Yugoslav public expected NATO
# intervention" (the reason, "Because of the country's restrictive media laws ...", is the sentence before)
_RESULT_OF_BEFORE = re.compile(r"^(?:thus|therefore|hence|consequently|accordingly|as a (?:result|consequence)|for this reason|"
                               r"for that reason|that is why|this is why|so)\b", re.I)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")
_ACRONYM_IN_PARENTHESES = re.compile(r"\(([A-Z][A-Z0-9]{1,7})\)")


# "Instead, Clinton authorised ...": in place of what the sentence before says, which a question that asks what was done
# instead names ("What did Clinton authorise instead of a ground offensive?")
_INSTEAD = re.compile(r"^(?:instead|rather)\b", re.I)
_ASKS_INSTEAD = re.compile(r"\binstead\b|\brather than\b", re.I)  # (the question asks what was done in place of it)


def _goes_on_from_before(sentence: str) -> bool:
    """The sentence goes on about the one before it, which says who or what ("He accused Turkey of ...", "These
    protests target ...")."""
    return bool(_OPENS_WITH_PRONOUN.match(sentence) or _REFERS_BACK.search(sentence))


def _abbreviations(text: str) -> dict[str, set[str]]:
    """Acronyms the text defines ("Association of Serb-Majority Municipalities (ASM)") -> the terms
    of their long form: the words before the parenthesis, back to the one that starts the acronym."""
    found: dict[str, set[str]] = {}
    for match in _ACRONYM_IN_PARENTHESES.finditer(text):
        acronym = match.group(1)
        words = re.split(r"[\s/]+", text[max(0, match.start() - 160):match.start()].strip())[-12:]
        for i in range(len(words) - 1, -1, -1):
            if words[i][:1].upper() == acronym[0]:
                found.setdefault(acronym, set(content_terms(" ".join(words[i:]))))
                break
    return found


def _spelled_out(acronym: str) -> re.Pattern:
    """A name whose capitalised words begin with an acronym's letters, in order ("CDC": "Center for Disease Control
    and Prevention"; "of", "for", "and", "the" may come between them); a word in capitals gives all its letters ("UNHCR":
    "UN High Commissioner for Refugees"). Read only for acronyms of three letters or more: "UN" for any "United Nations"
    moved a dev answer (``_initialled``)."""
    between = r"\s+(?:(?:of|for|and|the|on|in)\s+)*"

    def words_from(i: int) -> str:  # the words that spell out the acronym's letters from the i-th on
        ways = []
        for j in range(i + 1, len(acronym) + 1):
            if j - i == len(acronym):  # (the acronym itself spells nothing out)
                continue
            word = rf"{acronym[i]}[a-zà-ž]+" if j == i + 1 else rf"{acronym[i:j]}(?!\w)"
            ways.append(word + (between + words_from(j) if j < len(acronym) else ""))
        return "(?:" + "|".join(ways) + ")"
    return re.compile(r"\b" + words_from(0) + r"\b")


# a fact sheet's note that only tells what its field's figures are based on ("note: top five export commodities based on
# value in dollars", "note: annual % change based on consumer prices", with or without its "note:") states no fact:
# quoted, it answered "What is Serbia's top export?" in place of the commodities it notes
_BASIS_NOTE = re.compile(r"^(?:note:\s+)?(?:top\s+\w+|annual)\b[^.;:]*\bbased on\b[^.;:]*$", re.I)
_TOTAL = frozenset(content_terms("total"))
# the parts of a field keyed by sex, as questions name them ("women" -> "female: 78.1 years"; stemmed terms)
_SEX_KEYS = {content_terms(word)[0]: content_terms(sex)[0] for word, sex in SEX_OF.items()}
_SEXES = frozenset(_SEX_KEYS.values())
_KEYS = re.compile(r"^(?:[a-z][a-z ]{0,30}:\s*){2,}(?=\S)")  # a run of short keys before a value: "improved: urban: urban: "


def _field_key(text: str) -> frozenset[str]:
    """The terms of a fact-sheet line's key ("fossil fuels: 87.3% ..." -> fossil, fuel); none for prose. A key may
    have keys of its own ("improved: total: total: 97% of population" -> improv, total)."""
    return next(iter(_field_keys(text)), frozenset())


def _field_keys(text: str) -> list[frozenset[str]]:
    """The keys (``_field_key``) of every "key: value" line of a text: a candidate may hold two ("male: 72.7 years" /
    "female: 78.1 years")."""
    return [frozenset(content_terms(keys.group(0) if (keys := _KEYS.match(line)) else line.split(":")[0]))
            for line in text.split("\n") if is_field_line(line)]


def _same_word(a: str, b: str) -> bool:
    """Two terms of one word or of one root: "hydroelectr" and "hydropow" share "hydro" (five letters or more)."""
    return a == b or len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]


def _initialled(name: str) -> re.Pattern | None:
    """The initials of a name of two capitalised words or more, as a source may write them instead ("United States"
    -> "US", "U.S."); None for a one-word name. ``_abbreviations`` reads the long forms a source defines; a fact
    sheet's heading says "in the US" and defines nothing. (Used for where an envoy is sent only: measured on every name
    of a question, "UN" for "United Nations" moved a dev answer to a sentence its evidence does not list.)"""
    words = [word for word in name.split() if word[:1].isupper()]
    if len(words) < 2:
        return None
    initials = r"\.?".join(re.escape(word[0]) for word in words)
    return re.compile(rf"(?<![\w.]){initials}\.?(?![\w.])")


def with_borrowed_names(question: str, names: list[str]) -> str:
    """A follow-up with the names of the previous exchange it may refer to: "And who runs that
    company? (Baykar, Turkish, Skydagger)". ``own_words`` takes them off again."""
    return f"{question} ({', '.join(names)})" if names else question


_POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\b", re.I)
_BORROWED = re.compile(r"\s*\(([^()]*)\)\s*$")  # the names with_borrowed_names adds: " (Baykar, Turkish, Skydagger)"


def own_words(question: str) -> str:
    """A question without the names ``with_borrowed_names`` added."""
    return _BORROWED.sub("", question)


def borrowed_names(question: str) -> list[str]:
    """The names ``with_borrowed_names`` added to a question, in their order."""
    found = _BORROWED.search(question)
    return [name.strip() for name in found.group(1).split(",") if name.strip()] if found else []


def _subjects(names: Iterable[str], titles: set[str]) -> list[set[str]]:
    """The subjects among a question's names (terms): those that title one of the sources' documents (``titles``:
    their terms), each with the forms the titles give it (a people's word names its country's document: "Serbian" ->
    {"serbian", "serbia"} when *The World Factbook: Serbia* is among them)."""
    return [{name} | forms for name in names if (forms := {t for t in titles if same_name(name, t)})]


def _the_number(number: str) -> str:
    """A pattern for a number as written, not as part of another ("12", not the "12" of "120" or "1.12")."""
    return rf"(?<!\d)(?<!\d[,.]){re.escape(number)}(?!\d|[,.]\d)"


def _is_prose(sentence: str) -> bool:
    """A sentence of running text: one line of eight words or more, not a fact sheet's "key: value" line."""
    return "\n" not in sentence.strip() and len(sentence.split()) >= 8 and not is_field_line(sentence)


def _is_fact_sheet(text: str) -> bool:
    """Structured text: it has a "key: value" line, or most of its lines are short (a fact sheet's labels and values,
    not prose paragraphs)."""
    lines = [line for line in text.split("\n") if line.strip()]
    return any(map(is_field_line, lines)) or sum(len(line.split()) < 10 for line in lines) * 2 > len(lines)


_BOUNDING_NUMBER = re.compile(rf"\b(?:{'|'.join(BOUNDS)})\s+(\d[\d,.]*\d|\d)", re.I)
# "How many kilometres of narrow-gauge railway ...?" measures what it names after its unit: a figure whose sentence
# (with its field's label) does not name all of it is of another thing ("Railways / total: 437 km")
_MEASURE_OF = re.compile(r"\bhow (?:many|much)\s+(?:square\s+|cubic\s+)?(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|"
                         r"hectares?|acres?|tonnes?|tons?|barrels?|lit(?:re|er)s?|kilowatt[- ]hours?|kwh)\s+of\s+"
                         r"((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:do|does|did|is|are|was|were|has|have|had|will|can|could|would)\b", re.I)
_BOUNDS_FROM_ABOVE = re.compile(r"under|below|younger|fewer|less|at most", re.I)


def _bounded_by(question_bound: re.Match) -> re.Pattern:
    """What gives a figure within a bound the question sets: its number, not as the far end of a range ("over 65" is
    "65 years and over", not the "65" of "15-65"); "under 15" is also a range that ends at 14 ("0-14 years: 22.7%")."""
    number = question_bound.group(1)
    if _BOUNDS_FROM_ABOVE.match(question_bound.group(0)):
        below = [rf"\d\s*[-–]\s*{int(number) - 1}(?!\d|[,.]\d)"] if number.isdigit() and int(number) > 0 else []
        return re.compile("|".join(below + [rf"{_the_number(number)}(?!\s*[-–]\s*\d)"]))
    return re.compile(rf"(?<![-–])(?<![-–]\s){_the_number(number)}")


# "How many people die ... per thousand inhabitants?" asks for a rate (read in a fact sheet's words, "/1,000
# population"): a figure given per that many ("6.88 deaths/1,000 population", "subscriptions per 100 inhabitants:
# 31") or a ratio's ("youth dependency ratio: 31.2"), not a count ("12,000 deaths")
_PER_BASE = re.compile(r"(?:\bper\s+(?:a\s+|one\s+)?|(?<![\w/])/\s*(?=\d))(hundred|thousand|million|\d{1,3}(?:,\d{3})+|\d+)\b"
                       r"(?:\s+(thousand|million))?", re.I)
_BASE_WORDS = {"hundred": 100, "thousand": 1000, "million": 1000000}


def _rate_given(question_base: re.Match) -> re.Pattern:
    """What gives a figure at the rate the question asks for (``_PER_BASE``): its base after "/" or "per", or a ratio."""
    number, times = question_base.group(1).lower(), (question_base.group(2) or "").lower()
    base = (_BASE_WORDS.get(number) or int(number.replace(",", ""))) * _BASE_WORDS.get(times, 1)
    spelled = {f"{base:,}", str(base)} | {word for word, value in _BASE_WORDS.items() if value == base}
    return re.compile(rf"(?:/\s*|\bper\s+(?:a\s+|one\s+)?)(?:{'|'.join(map(re.escape, sorted(spelled)))})\b(?![.,]\d)|\bratios?\b", re.I)


_MEASURED = re.compile(r"\bhow much\s+(?!of\b)((?:[\w'’-]+\s+){1,3}?)(?:do|does|did|is|was|are|were|has|have|had|will|would|could|can)\b",
                       re.I)


def measured_thing(question: str) -> str | None:
    """What "How much <thing> ...?" measures ("natural gas")."""
    measured = _MEASURED.search(question)
    return measured.group(1).strip() if measured else None


# a quantity of a thing ("96.703 million metric tonnes of CO2": of CO2, whatever the line's key names; "0.16 liters of
# pure alcohol": its first two words)
_QUANTITY_OF = re.compile(r"\d[\d,.]*\s+(?:(?:thousand|million|billion|trillion)\s+)?(?:metric\s+)?"
                          r"(?:tonnes|tons|barrels|liters|litres|cubic\s+meters|cubic\s+metres|kwh|kw|btu)\s+of\s+([\w-]+(?:\s+[\w-]+)?)", re.I)
# what a share asked for is spent on, or comes from: "What share of Kosovo's household spending goes on food?" -> "food",
# "What share of Serbia's electricity comes from nuclear power?" -> "nuclear power"
_SPENT_ON = re.compile(r"\bwhat (?:percentage|percent|share|proportion|fraction)\b.*?\b(?:(?:goes|go|went|spends?|spent)\s+"
                       r"(?:on|to|for)|(?:comes?|came)\s+from|(?:is|are|was|were)\s+(?:generated|produced|made)\s+(?:by|from))"
                       r"\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*\?", re.I)  # (words apart: one run of letters splits no way)


_PREPOSITION = re.compile(r"\s+(?:of|to|for|in|at|on|from|with|by)\s+")


def _head_of(phrase: str) -> str:
    """A noun phrase up to its first preposition, the thing itself: "remittances by workers abroad" -> "remittances",
    "US contribution to KFOR" -> "US contribution"."""
    return _PREPOSITION.split(phrase, maxsplit=1)[0]


_COUNTED_BY = re.compile(r"\bhow many\b(?:\s+[\w'’-]+){1,4}?\s+(?:do|does|did|has|have|had|will|would|could|can|should|might|may)\s+"
                         r"(?:the\s+)?((?-i:[A-ZÀ-Ž])[\w'’.-]*(?:\s+(?-i:[A-ZÀ-Ž])[\w'’.-]*)*)", re.I)


_CURRENCY_SIGNS = {"dollar": "$", "euro": "€", "pound": "£", "yen": "¥"}


def _singular_forms(word: str) -> list[str]:
    """The forms to look a plural up by in WordNet, which holds singulars: the word, less "s", less "es" ("euros" ->
    "euro", "automobiles" -> "automobile")."""
    return [form for form in (word, word[:-1], word[:-2]) if form]


def _currency(word: str, lexicon: Lexicon) -> re.Pattern | None:
    """The words (and sign) of a currency a question counts in ("euros" -> euro, euros, €), or None."""
    word = word.lower()
    singular = next((form for form in _singular_forms(word) if lexicon.is_a(form, "monetary_unit")), None)
    if not singular:
        return None
    sign = _CURRENCY_SIGNS.get(singular)
    return re.compile(rf"\b{re.escape(singular)}s?\b" + (f"|{re.escape(sign)}" if sign else ""), re.I)


def _names_other_subject(sentence: str, context: set[str], subjects: list[set[str]], titles: set[str],
                         countries: set[str] = frozenset(), title: set[str] = frozenset(),
                         capitals: dict[str, set[str]] | None = None) -> bool:
    """The sentence names a subject some document is titled by ("Kosovo") and, in no form, one the question names
    ("Serbia"): "In 2022, Kosovo formally applied for membership in the EU" dates Kosovo's application, not Serbia's.
    Its context (its document's title, its heading) names the subject of its sentences when it does not name that
    other subject too: "730 Kosovo (NATO/KFOR)" under *The World Factbook: Turkey* is Turkey's deployment, but a
    sentence of *Turkey's Skydagger drones in Kosovo: Serbia's reaction, ...* that names Kosovo alone is Kosovo's."""
    named = set(content_terms(" ".join(NAME_RUN.findall(sentence))))  # (a name may open the sentence)
    # (a capital names its country: "Belgrade claims the right to military buildup" is Serbia's claim)
    named |= {country for capital in named & (capitals or {}).keys() for country in capitals[capital]}
    # ... and so does one that names another country no document is titled by ("countries": WordNet's), unless its own
    # document's title names the subject: "180 Lebanon (UNIFIL)" of *The World Factbook: Serbia* is Serbia's
    # deployment, but "Romania announced ... 100 soldiers" under the heading "Serbian military buildup" is Romania's
    other_countries = {t for t in named & countries if not any(same_name(t, form) for forms in subjects for form in forms)}
    if other_countries and any(not any(same_name(t, form) for t in named | title for form in forms) for forms in subjects):
        return True
    others = {t for t in named & titles if not any(same_name(t, form) for forms in subjects for form in forms)}
    if not others:
        return False
    settled = context if not any(same_name(other, term) for other in others for term in context) else set()
    return any(not any(same_name(t, form) for t in named | settled for form in forms) for forms in subjects)


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ASKS_LIST = re.compile(r"\b(?:which|what|name)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+)?"
                        r"(?:countries|states|nations|members|leaders|cities|towns|villages|parties|companies|firms|people|men|"
                        r"women|officials|politicians|generals|municipalities|organi[sz]ations|groups)\b", re.I)
_ASKS_WHO_SOMEONE_IS = re.compile(r"^\W*(?:(?:and|but|so)\s+)?who\s+(?:is|was)\s+((?-i:[A-ZÀ-Ž])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ž])[\w'’-]+)+)"
                                  r"\s*\?\s*$", re.I)


def _gives_role(sentence: str, name: str) -> bool:
    """Whether the sentence gives the person a role beside the name: a lower-case noun right before it ("the former
    Yugoslav colonel Ahmet Krasniqi", "commander Milan Mojsilović"), one in apposition after it ("Dan Ilazi, head of
    research", "Milan Mojsilović, Chief of the General Staff"), or one after "is"/"was" ("... was the chief of ...")."""
    named = re.escape(name)
    before = [found.group(1) for found in re.finditer(rf"(?-i:\b([a-z][\w-]+))\s+{named}\b", sentence)]
    after = [found.group(1) or found.group(2) for found in re.finditer(
        rf"\b{named},\s+(?:(?:the|a|an|then|former)\s+)?(?:(?-i:([a-z][\w-]+))|(?-i:([A-Z][\w-]+))\s+of\b)", sentence)]
    return any(word.lower() not in STOPWORDS and not word.endswith(("ed", "ing")) for word in before + after) \
        or bool(re.search(rf"\b{named}\s+(?:is|was)\s+(?:the|a|an)\s+", sentence))


_LISTED_NAME = r"(?-i:[A-ZÀ-Ž])[\w'’.-]*(?:\s+(?-i:[A-ZÀ-Ž])[\w'’.-]*)*"
_LIST_SEPARATOR = r"\s*,\s*(?:and\s+)?|\s+and\s+"  # ", ", ", and ", " and "
_NAME_LIST = re.compile(rf"{_LISTED_NAME}(?:(?:{_LIST_SEPARATOR}){_LISTED_NAME})+")


def _another_field(cand: "Candidate", best: "Candidate") -> bool:
    """A fact sheet's field the question names by a word of its label ("infant mortality") is not answered again by
    another field that lacks that word ("Maternal mortality ratio" beside "Infant mortality rate")."""
    return bool(best.label and cand.label and cand.label != best.label
                and (cand.missing - best.missing) & set(content_terms(best.label)))


def _lists_names(sentence: str, count: int) -> bool:
    """The sentence lists ``count`` names or more in a row ("Spain, Romania, Slovakia, Greece, and Cyprus")."""
    return any(len(re.split(_LIST_SEPARATOR, m.group(0))) >= count for m in _NAME_LIST.finditer(sentence))


@dataclass
class Asked:
    """What an answer must show besides its kind, read off the question once (SentenceScorer.score)."""
    terms: frozenset[str] = frozenset()  # the measure, or the words that make the office it names another ("foreign")
    office_forms: frozenset[str] = frozenset()  # the office's names, one of which the sentence holds ("minister")
    office_of: frozenset[str] = frozenset()  # whose office: the sentence or its passage names it ("Serbia")
    holder: re.Pattern | None = None  # a sentence that names the office's holder ("General Milan Mojsilović")
    names: bool = False  # a name the question does not give ("What was the name of ...?")
    named_thing: str = ""  # ... given to this (the term of its last word before any "of": "astronaut")
    present: bool = False  # the present holder of the office ("Who is ...?"), the one dated "(since ...)"
    acronym: str | None = None  # whose spelling out is asked for ("What is the ASM?")
    given: frozenset[str] = frozenset()  # the question's terms (with the names a follow-up borrows)
    units: tuple[re.Pattern, ...] = ()  # a figure of the dimension asked ("How fast ...?"): one of them must show
    other_holder: re.Pattern | None = None  # the office of another, named before it ("KFOR Commander Ulutaş")
    posted_to: frozenset[str] = frozenset()  # where an envoy is sent ("to the United States"), among ``terms``
    initialled: re.Pattern | None = None  # ... written by its initials ("in the US": _initialled)
    posted_in: frozenset[str] = frozenset()  # where an envoy sits ("in Washington"): the sentence or its passage names it
    sent_by: str = ""  # the country that sends the envoy ("the US ambassador to Turkey"): not where the sentence posts one
    sent_to: str = ""  # where the envoy is sent, as the question names it ("Kosovo"): no "Ambassador to" another country

    @classmethod
    def of(cls, question: str, given: set[str], referent: str | None = None,
           is_city: Callable[[str], bool] = lambda name: False) -> "Asked":
        """``referent``: what "its" or "their" of a follow-up refers to (the first name it borrows); ``is_city``: whether
        a name is a city's (an envoy "to" a capital sits in it: "Kosovo's ambassador to Washington")."""
        measure, office = _ASKED_MEASURE.search(question), _ASKED_OFFICE.search(question)
        definition = _ASKS_DEFINITION.search(question)
        named = _ASKS_NAME.search(question)
        asks = cls(names=bool(named), given=frozenset(given),
                   acronym=(definition.group(1) or definition.group(2)) if definition else None)
        # (the thing is the noun before a further "of": "the driver of the trucks" names a driver, not trucks)
        named_words = re.split(r"\s+of\s+", named.group(1).strip(), maxsplit=1)[0].split() if named else []
        if named_words and content_terms(named_words[-1]):
            asks.named_thing = content_terms(named_words[-1])[0]
        kind = answer_kind(question)
        if kind == "number":
            asks.units = tuple(units for asked, units in _DIMENSIONS if asked.search(question))
        elif kind == "date" and re.search(r"\b(?:born|birth)\b", question, re.I):
            asks.units = (_BIRTH,)  # "When was X born?" is not answered by the year X's anthem was adopted
        elif kind == "date" and re.search(r"\bwhat time\b", question, re.I):
            asks.units = (_CLOCK,)  # "At what time did the police arrive?" asks for a time of day ("At around 2:30 (CET)")
        if measure:
            asks.terms = frozenset(content_terms(measure.group(1)))
        elif office:
            # the words before an office that make it another one count too ("foreign minister", not "current")
            kind_of_office = [word for word in office.group(2).split() if word.islower() and word not in _NO_OFFICE]
            # ... and what the office is of, by its first word ("minister of agriculture" is not the prime minister;
            # "minister of foreign affairs" is the "Foreign Minister"; "the president of Turkey's parliament" is not
            # Turkey's president), unless it is the country ("the president of the country")
            portfolio = re.match(r"\s+of\s+(?:the\s+|(?-i:[A-ZÀ-Ž])[\w-]*['’]s?\s+)?((?-i:[a-z])[\w-]+)", question[office.end():])
            if portfolio and portfolio.group(1).lower() in _NO_PORTFOLIO:
                portfolio = None
            asks.terms = frozenset(content_terms(" ".join(kind_of_office + ([portfolio.group(1)] if portfolio else []))))
            envoy = re.match(r"ambassador|envoy|representative", office.group(3), re.I)
            # (an envoy is one by any of its names: "the American envoy to Macedonia" is "the US Ambassador to the
            # Republic of Macedonia")
            office_names = r"(?:ambassador|envoy|representative)" if envoy else office.group(3)
            asks.office_forms = frozenset(content_terms("ambassador envoy representative" if envoy else office.group(3)))
            # ... and where an envoy is sent: "Turkey's ambassador to Kosovo" is not its ambassador to the US; "in" or
            # "at" a capital need not be in the sentence ("Turkey's ambassador in Washington" is its ambassador to the US)
            posted = re.match(rf"\s+(to|in|at)\s+(?:the\s+)?((?-i:{NAME_RUN.pattern}))", question[office.end():], re.I)
            if envoy:  # "Serbia's ambassador", "the American ambassador", "the United States envoy"
                asks.sent_by = office.group(1) or " ".join(w for w in office.group(2).split() if w[:1].isupper())
            if posted and envoy:
                if posted.group(1).lower() == "to" and not is_city(posted.group(2)):
                    asks.posted_to = frozenset(content_terms(posted.group(2)))
                    asks.sent_to = posted.group(2)
                    asks.terms |= asks.posted_to
                    asks.initialled = _initialled(posted.group(2))  # "to the United States": "in the US"
                else:  # ... where the passage places the mission: "in Ankara" is not "chancery: ... Washington"
                    asks.posted_in = frozenset(content_terms(posted.group(2)))
            # "the commander of the Kosovo Security Force" is not "KFOR Commander Ulutaş" nor "Pavković, former Commander
            # of the Third Army": a holder whose office a name right before or after it gives to someone else is not its
            # holder (a name not among the question's words nor their initials: "KFOR", "Third")
            of = re.match(r"\s+of\s+(?:the\s+)?((?-i:[A-ZÀ-Ž])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ž])[\w'’-]*)*)", question[office.end():])
            if of:
                # (the words before the office name it too: "Defence Minister of ..." is the "Minister of Defence")
                whose = [re.escape(word) for word in of.group(1).split() + office.group(2).split()]
                initials = "".join(word[0] for word in of.group(1).split())
                other = rf"(?!(?:{'|'.join(whose)}|{initials})\b)(?-i:[A-ZÀ-Ž])[\w'’-]+"
                asks.other_holder = re.compile(rf"\b{other}\s+(?i:{office.group(3)})\w*\s+(?-i:[A-ZÀ-Ž])|"
                                               rf"(?i:\b{office.group(3)})\w*\s+of\s+(?:the\s+)?{other}")
            # "Serbia's foreign minister" is not "Japan's foreign minister"; "Jiang Zemin, the President of the country
            # at the time" answers for China in a passage on China
            # ... nor is "the Serb mayor of the town of Kosovo Polje" the mayor of Mitrovica: the name an office is "of"
            # is whose it is as much as a possessive before it
            asks.office_of = frozenset(content_terms(office.group(1) or (of.group(1) if of else "")))
            # ... and "Who is its prime minister?", after "And of Kosovo?", asks for Kosovo's
            if not office.group(1) and referent and \
                    re.search(rf"\b(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?{office.group(3)}", question, re.I):
                asks.office_of = frozenset(content_terms(referent))
            # "General Milan Mojsilović", "Edi Rama, the Prime Minister of Albania", "Milošević became its first
            # president", "Thaçi was elected prime minister"; not "Egypt ... withdrew its ambassador from Belgrade",
            # which does not say which ambassador
            asks.holder = re.compile(rf"(?i:\b{office_names}\w*)\s+(?:[A-ZÀ-Ž]|\(vacant\))|"
                                     rf"[A-ZÀ-Ž][\w'’-]+,\s+(?:[\w-]+\s+){{0,4}}?(?i:{office_names})|"
                                     rf"[A-ZÀ-Ž][\w'’-]+\s+(?:became|becomes|(?:was|were|is)\s+(?:elected|appointed|named|"
                                     rf"made|sworn\s+in\s+as)|served\s+as)\s+(?:[\w-]+\s+){{0,4}}?(?i:{office_names})|"
                                     # (... or the name that opens the sentence, with a second verb of its own: "Haradinaj,
                                     # an ethnic Albanian, was a former commander ... and was appointed Prime Minister")
                                     rf"^\W*[A-ZÀ-Ž][\w'’-]+,[^.;]*?\band\s+(?:became|(?:was|were|is)\s+(?:elected|appointed|"
                                     rf"named|made|sworn\s+in\s+as))\s+(?:[\w-]+\s+){{0,4}}?(?i:{office_names})")
            asks.present = bool(_ASKS_PRESENT.search(question) and not _YEAR.search(question))
        return asks

    @property
    def required(self) -> bool:
        """A sentence that does not show it does not answer (as one without the answer kind)."""
        return bool(self.terms or self.office_forms) or self.names or bool(self.units)

    def shown_by(self, sentence: str, terms: set[str], passage_terms: set[str]) -> bool:
        """Whether a sentence (``terms``: read in its context) shows what is asked."""
        return self.terms <= terms and (not self.office_forms or bool(self.office_forms & terms)) \
            and (self.office_of | self.posted_in) <= terms | passage_terms \
            and (self.holder is None or bool(self.holder.search(sentence))) \
            and (self.other_holder is None or not self.other_holder.search(sentence)) \
            and not self._other_mission(sentence) \
            and (not self.units or any(units.search(sentence) for units in self.units)) \
            and (not self.names or (not self.named_thing or self.named_thing in terms)
                 and any(not set(content_terms(name.group(0))) <= self.given and self._names(sentence, name)
                         for name in _NAME.finditer(sentence)))

    def _other_mission(self, sentence: str) -> bool:
        """The sentence is about another envoy than the one asked for: one posted in the country that sends the one
        asked for ("Diplomatic representation in the US", for "the American ambassador to Turkey"), one sent from
        another country, or one "Ambassador to" another place than the question's."""
        return bool(self.sent_by) and (any(same_country(self.sent_by, place) for place in _POSTED_IN.findall(sentence))
                                       or any(not same_country(self.sent_by, place) for place in _SENT_FROM.findall(sentence))) \
            or bool(self.sent_to) and any(not same_country(self.sent_to, place) for place in _ENVOY_TO.findall(sentence))

    def _names(self, sentence: str, name: re.Match) -> bool:
        """Whether a name in the sentence is the name of the thing asked about (which shown_by wants the sentence or
        its heading to mention): the sentence itself does not mention the thing (its heading does, not the sentence
        it goes on from), or the name stands next to it, a few words away with nothing between them that parts the two
        ("Alper Gezeravcı became the first Turkish astronaut", "the hospital, Sveti Sava"; not "the first Turkish
        astronaut in space on the International Space Station")."""
        things = [m for m in re.finditer(r"[\w'’-]+", sentence) if content_terms(m.group(0))[:1] == [self.named_thing]]
        if not self.named_thing:
            return True
        if not things:  # ("... at a hospital in Novi Pazar." / "He demanded their extradition to Kosovo." names none)
            return not _goes_on_from_before(sentence)
        for thing in things:
            if name.start() <= thing.start() < name.end():  # "Operation Allied Force" names an operation
                return True
            # (a fact sheet's value names what its key says: "global geoparks and regional networks: Kula-Salihli (2023)")
            key = re.match(r"[^:\n]*:\s*$", sentence[sentence.rfind("\n", 0, name.start()) + 1:name.start()])
            if key and thing.start() < name.start() and "\n" not in sentence[thing.start():name.start()]:
                return True
            between = sentence[name.end():thing.start()] if name.end() <= thing.start() else sentence[thing.end():name.start()]
            if len(between.split()) <= 6 and not _PARTS_NAME.search(between):
                return True
        return False

    def fits(self, sentence: str, shown: bool) -> bool:
        """Whether a sentence earns the field-label bonus: it spells out the acronym asked about, or names the present
        holder of the office asked about."""
        return bool(self.acronym and f"({self.acronym})" in sentence) or \
            (self.present and shown and bool(_PRESENT_HOLDER.search(sentence)))


class _EmbeddingCache:
    """Sentence embeddings keyed by text: passages recur across questions, their sentences too."""

    def __init__(self, embedding: EmbeddingComponent, size: int = 50_000) -> None:
        self.embedding = embedding
        self.size = size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def __call__(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        for text, vec in zip(missing, self.embedding.embed_texts(missing)):
            self._cache[text] = np.asarray(vec, dtype=np.float32)
        while len(self._cache) > self.size:
            self._cache.popitem(last=False)
        return np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)


class SentenceScorer:
    def __init__(self, embedding: EmbeddingComponent, weights: Weights | None = None,
                 lexicon: Lexicon | None = None) -> None:
        self.embedding = embedding
        self.weights = weights or Weights()
        self.lexicon = lexicon or shared_lexicon()
        self.embed_sentences = _EmbeddingCache(embedding)

    def candidates(self, sources: list[tuple[int, "Chunk"]]) -> list[Candidate]:
        """Sentences of every source. Structured text (fact sheets) is read by field: a short label
        line is kept with the line right under it ("Capital" + "name: Pristina"), and the further
        "key: value" lines of the same field ("meaning: each star ...", after a blank line) carry
        its label too, until the next label or prose line."""
        out = []
        for n, chunk in sources:
            text = chunk.text
            spans = sentence_spans(text)
            merged: list[tuple[int, int]] = []
            labels: dict[int, str] = {}
            field = ""  # the label of the field the current line belongs to
            earlier_years: set[int] = set()  # fields whose figures for earlier years go with their latest
            for start, end in spans:
                line = text[start:end]
                previous = text[merged[-1][0]:merged[-1][1]] if merged else ""
                # a field label sits on the line right above its value; a section heading has a
                # blank line after it and is the passage's context, not part of its first sentence
                # (a longer label, of a "key: value" line, or of a dated figure, whose label may be the last line of a
                # field's block: "Gini Index coefficient - distribution of family income" / "49.4 (2021 est.)";
                # "Exchange rates" / "Currency: Serbian dinars (RSD) per US dollar -" / "108.208 (2024 est.)")
                last_line = previous.strip().split("\n")[-1]  # (the block above's last line, read by the two rules below)
                # (a label's aside is not counted: "Major rivers (by length in km)" / "Dunav (Danube) ... - 2,888 km")
                bare_label = previous if ":" in previous else _LABEL_ASIDE.sub("", previous)
                labels_line = is_heading(bare_label, self.weights.heading_words) or \
                    (is_field_line(line) and is_heading(previous, self.weights.label_words)) or \
                    ((bool(_DATED_VALUE_LINE.match(line.strip())) or len(line.split()) == 1)  # (or a code: "Civil aircraft
                     and is_heading(last_line, self.weights.label_words))  # registration country code prefix" / "YU";
                # alone, one word is too short to be a sentence)
                if merged and labels_line and text[merged[-1][1]:start].count("\n") == 1:
                    field = labels.setdefault(merged[-1][0], previous.strip())
                    merged[-1] = (merged[-1][0], end)
                    continue
                # the same field's figures for earlier years go with its latest ("Unemployment rate" / "7.4% (2024
                # est.)" / "8.3% (2023 est.)"): alone, a bare figure says nothing of what it measures
                if field and merged[-1][0] in labels and all(_DATED_VALUE_LINE.match(part.strip()) for part in line.strip().split("\n")) \
                        and _DATED_VALUE_LINE.match(last_line) \
                        and text[merged[-1][1]:start].count("\n") == 1:
                    merged[-1] = (merged[-1][0], end)
                    earlier_years.add(merged[-1][0])
                    continue
                if field and is_field_line(line) and text[merged[-1][1]:start].count("\n") >= 1 \
                        and merged[-1][0] not in earlier_years:
                    labels[start] = field
                elif not is_heading(line, self.weights.heading_words):
                    field = ""  # (a note under several years' figures is read on its own, as under a bare figure)
                merged.append((start, end))
            index, before, antecedent = 0, None, ""
            for start, end in merged:
                sentence = text[start:end].strip()
                # a labelled value may be short ("Coastline" + "7,200 km"); prose needs a few words
                least = 2 if start in labels else self.weights.min_sentence_words
                # the passage's own section heading, longer than a heading is taken to be ("After the death of
                # Tito (1980–86)"), is where the passage sits, not something it says
                is_own_heading = sentence in (chunk.heading.strip(), chunk.section.strip())
                if len(_URL.sub("", REFERENCE_MARK.sub("", sentence)).split()) >= least and not is_own_heading \
                        and not _BASIS_NOTE.match(sentence):
                    out.append(Candidate(n=n, start=start, end=end, text=sentence, index=index, doc_id=chunk.doc_id,
                                         lead=chunk.in_lead, label=labels.get(start, ""), before=before,
                                         antecedent=antecedent, in_document=(chunk.start + start, chunk.start + end)))
                    index += 1
                antecedent = f"{before[2]} {sentence}" if before and _goes_on_from_before(sentence) else sentence
                before = (start, end, sentence)
        return out

    def score(self, question: str, sources: list[tuple[int, "Chunk"]], idf, said: tuple[str, ...] = (),
              asked: tuple[str, ...] = (), indexed_titles: frozenset[str] = frozenset()) -> list[Candidate]:
        """Candidates sorted best first. ``sources`` are (n, passage) in retrieval order; sentences
        already ``said`` in this conversation rank lower (a follow-up usually asks for something new),
        unless the follow-up asks for a kind of answer none of the questions ``asked`` before did."""
        w = self.weights
        cands = self.candidates(sources)
        if not cands:
            return []
        question = one_word_for_phrases(question)  # (the words a fact sheet uses: "sell abroad" -> "exports")
        q_vec = np.asarray(self.embedding.embed_query(question), dtype=np.float32)
        meanings = self.embed_sentences([c.text for c in cands]) @ q_vec
        q_terms = list(dict.fromkeys(content_terms(question)))
        # "What reason did they give?" asks why, in words: they are no terms to find, as "why" is none ("..., citing
        # special circumstances" gives the reason without the word)
        asks_reason = _ASKS_REASON_IN_WORDS.search(question)
        if asks_reason:
            q_terms = [t for t in q_terms if t not in content_terms(" ".join(filter(None, asks_reason.groups())))]
        # a follow-up's own words weigh more than the names it borrows from the previous exchange
        own_question = own_words(question)  # without the names a follow-up borrows
        own = set(content_terms(own_question))
        weight = {t: 1.0 if t in own else w.borrowed_names for t in q_terms}
        # "... in October 2025?" dates what it asks about; the sentence that answers need not restate the date
        # (a sentence dated otherwise is dropped below), so a date's terms weigh less unless a date is asked for
        kind = answer_kind(question)
        new_kind = (kind in REQUIRED_KINDS or kind == "reason") and all(answer_kind(before) != kind for before in asked)
        if kind not in ("date", "duration", "age"):
            for t in set(content_terms(" ".join(m.group(0) for m in _DATE_TERMS.finditer(own_question)))) & own:
                weight[t] *= w.date_terms  # (not the names a follow-up borrows: "October" from the answer before)
        # a participle that describes what the question names ("the dissolved Kosovo Assembly") tells which thing it is,
        # not what is asked of it ("When did ... proclaim a constitution?"): it weighs less than the question's own deed
        for describing in _DESCRIBING_PARTICIPLE.findall(own_question):
            for t in set(content_terms(describing)) & own:
                weight[t] *= w.describing
        q_weight = sum(idf(t) * weight[t] for t in q_terms) or 1.0
        rank_of = {n: i for i, (n, _) in enumerate(sources)}
        asked_years, asked_terms = set(_YEAR.findall(question)), set(q_terms)
        place_of = _ASKS_PLACE_OF.match(own_question)
        dated_deed = self._dated_deed(own_question)
        which = _ASKS_WHICH_NOUN.match(own_question)
        asked_noun = next(iter(content_terms(which.group(1))), None) if which else None  # "What faith ...?" -> "faith"
        # "How many ... in the October 12 elections?" is not answered by the 12 of "October 12"
        given_numbers = re.compile("|".join(map(_the_number, _DIGITS.findall(question)))
                                   ) if kind in ("number", "money") and _DIGITS.search(question) else None
        # ... but a number that bounds what is asked ("What share of Serbia's population is over 100?") is one the
        # answer gives ("65 years and over: 20%" bounds by 65, not 100)
        bounds = [_bounded_by(bound) for bound in _BOUNDING_NUMBER.finditer(question)] if kind == "number" else []
        any_rates = [_rate_given(base) for base in _PER_BASE.finditer(own_words(question))]
        rates = any_rates if kind == "number" else []
        context_terms = {n: set(content_terms(chunk.context)) for n, chunk in sources}
        # (a passage with no heading of its own names what its section's heading names: "32 unmanned aerial vehicles
        # (UAVs) from different nations were lost" under "NATO losses"; a fact sheet's field has its label)
        passage_terms = {n: set(content_terms(chunk.text if chunk.heading else f"{chunk.section}\n{chunk.text}"))
                         for n, chunk in sources}
        question_names = named_terms(own_question)
        asked_named = question_names & set(q_terms)
        # (each name the question gives, by its terms: "Mount Ararat" is named by "Ararat")
        asked_name_terms = [terms for name in NAME_RUN.findall(own_question)
                            if (terms := set(content_terms(name)) & asked_named)]
        # (a people named by its plural noun is named by its adjective: "Kurds" by "Kurdish 19%" of "Ethnic groups")
        country_names = {t: _country_names(t, self.lexicon) for t in asked_named}
        seats = {t: countries for name in NAME.findall(own_question) for t in set(content_terms(name)) & asked_named
                 if (countries := self._governed_from(name, own_question))}
        peoples = {term for name in NAME.findall(own_question) if name.rstrip("'’").endswith("s")
                   for term in content_terms(name)} & asked_named
        counting = {"number"} if re.search(r"\bhow many\b", question, re.I) else set()
        counted_noun = re.search(r"\bhow many((?:\s+[\w'’-]+){1,4})", own_question, re.I)  # what is counted, in its first words
        # "How many people live in Ankara?" counts who live there: a share alone ("20% of the population lives in
        # Istanbul") is no count of them (as it may be of a part: "How many people in Serbia are Hungarians?"); nor of a
        # people's citizens or of a people by name ("How many Turkish citizens live in Kosovo?" -> "Turkish 1.1%")
        counts_people = bool(re.search(r"\bhow many (?:[\w'’-]+\s+){0,2}?(?:people|persons|inhabitants|residents|citizens|"
                                       r"nationals|[A-ZÀ-Ž][\w-]*s) (?:live|lives|lived|living|reside|resides|resided)\b",
                                       own_question, re.I))
        # ... and no count of things is given by shares alone ("How many fixed phone lines ...?" by "Population below
        # poverty line / 17.6%"), unless asked in percent; a count of people may be (a part: "How many people in Serbia
        # are Hungarians?" -> "Hungarian 3.5%")
        counts_things = bool(counted_noun) and not _IN_PERCENT.search(own_question) \
            and not self._names_people(counted_noun.group(1))
        counts_time = any(re.fullmatch(_UNIT, word, re.I) for word in counted_noun.group(1).split()) if counted_noun else None
        counted_terms, counted_names = _what_is_counted(counted_noun, self.lexicon)
        # (the names before what it counts say whose: "Russian" of "How many Russian troops ...?"; not "Ohrid" of "How many
        # elements of the Ohrid Implementation Annex ...?")
        whose_words = list(itertools.takewhile(lambda word: word[:1].isupper(), _counted_words(counted_noun)))
        counted_whose = whose_words + [alias for word in whose_words for alias in _country_names(word, self.lexicon)]
        narrowed_by = _kind_restricted(counted_noun, self.lexicon)
        # (... and a kind of it, as WordNet files it: "24 automobiles" are vehicles; the noun right after "How many")
        counted_word = re.match(r"\s*([a-z]+)", counted_noun.group(1)) if counted_noun and self.lexicon else None
        counted_kind = (lambda word: self._kind_of_counted(word, counted_word.group(1))) if counted_word \
            else (lambda word: False)
        # "How many euros did a US dollar buy in Serbia?" counts in a currency: a figure in another ("Serbian dinars (RSD)
        # per US dollar - 108.208") is not one, however much of the question its line holds (WordNet files the word
        # under "monetary_unit"; a sign counts as its currency's name: "$")
        money = next(filter(None, (_currency(word, self.lexicon) for word in counted_noun.group(1).split()[:3])), None) \
            if counted_noun and self.lexicon else None
        # "How much natural gas does Kosovo import?" measures what it names: a figure whose sentence (with its field's
        # label and its context) never names it is another measure ("Imports / $7.362 billion")
        measured = measured_thing(own_question)
        measure_of = _MEASURE_OF.search(own_question) if kind == "number" else None
        measured_of = set(content_terms(measure_of.group(1).replace("-", " "))) if measure_of else set()
        measured_terms = set(content_terms(measured)) if measured and kind in ("number", "money") else set()
        # ... and "What share of Kosovo's household spending goes on food?" the share of what it names: a share in a
        # sentence that never names it (in any form WordNet gives) is another share ("% share of income accruing to
        # lowest and highest 10% of population")
        spent_on = _SPENT_ON.search(own_question) if kind == "number" else None
        # (the thing itself, not what follows it: "remittances by workers abroad" -> remittances)
        spent_forms = [_with_related({term}, self.lexicon) for term in content_terms(
            _head_of(spent_on.group(1)))] if spent_on else []
        # "How many drones has Serbia bought?" counts what Serbia did: a count in a sentence that does not name Serbia
        # (its passage or the article's title may) is a count of another's ("the arrival of thousands of kamikaze
        # drones" in Kosovo); a fact sheet's figure is its title's subject's ("Airports / 39 (2025)")
        counter = _COUNTED_BY.search(own_question)
        counted_by = set(content_terms(counter.group(1))) if counter and not counter.group(1).isupper() else set()
        # "How many of the people killed were Albanians?", "How many of the gunmen were later convicted?": the part asked
        # for, the word after the verb (past an adverb)
        part = re.search(rf"\bhow many of\b.*?\b(?:were|was|are|is)\s+(?:{_ADVERB}\s+)?([\w'’-]+)(.*)", own_question,
                         re.I)
        part_asked = set(content_terms(part.group(1))) if part else set()
        # ... which a sentence may word otherwise, when it holds all of two or more words that tell it after the verb
        # ("were put down to war-related trauma": "67 out of the 105 deaths ... were attributed to war-related trauma")
        part_told = set(content_terms(re.sub(r"^\s*(?:(?:down|up|out|off|over|back|away|on|in|to|as|by|for)\s+)+", "",
                                             part.group(2)))) if part else set()
        if len(part_told) < 2:
            part_told = {""}  # (held by no sentence)
        # "What was the Kosovo Report's budget?" asks of what a name of two words or more owns: a figure from a passage
        # that never names all of it (Kosovo's "Budget / revenues: ...") is another owner's
        owner = re.search(rf"\b((?-i:[A-ZÀ-Ž])[\w-]*(?:\s+(?-i:[A-ZÀ-Ž])[\w-]*)+)['’]s\b", own_question)
        owner_terms = set(content_terms(owner.group(1))) if owner else set()
        # ... and "What is the population of Mitrovica?" of the place it closes on: a figure from a passage that never
        # names it is another place's ("218,782 PRISTINA (capital)")
        of_place = _OF_PLACE.search(own_question)
        place_terms = set(content_terms(of_place.group(1))) if of_place else set()
        # (... and "How much coal does Kosovo sell to Albania?" of the place it closes on as the other end of a flow: a
        # figure from a passage that never names Albania is a total, "exports: 13,000 metric tons")
        flow_end = _FLOW_END.search(own_question)
        place_terms |= set(content_terms(flow_end.group(1))) if flow_end else set()
        # a body the question names in full ("Serbia's United Peasant Party") is named whole by a sentence that answers of
        # it: one that holds only some of its words ("People's Peasant Party or NSS") is of another body (its words
        # after the question's opening word)
        bodies = [terms for body in _BODY.findall(own_question)
                  if len(terms := set(content_terms(body))) >= 2]
        colour_asked = _ASKS_COLOUR.match(own_question) if self.lexicon else None
        asks_colour = bool(colour_asked)
        # ... of a thing (the nouns after "What colour", in WordNet's singular, but names: "uniform" of "What colour is
        # the Kosovo Security Force's uniform?", "stripes" and "flag" of "... are the stripes of Serbia's flag?"; not
        # "represent"): a colour its passage gives of none of them ("National color(s) / blue, gold, white") is not
        # that thing's
        coloured = {t for word in re.findall(r"(?<![\w'’])[a-z][\w-]*", own_question[colour_asked.end():])
                    if any(self.lexicon.is_noun(form) for form in _singular_forms(word)) for t in content_terms(word)} \
            - question_names if asks_colour else set()
        author = _ASKS_AUTHOR.match(own_question)
        # (not "a design element", nor the purpose of "payloads designed to strike")
        authored = (re.compile(rf"\b{author.group(1)}(?:ed(?!\s+to\b)|ers?|ors?)\b", re.I) if author.group(1) else _FOUNDED) \
            if author else None
        # ... and "What was the name of the Chinese brigade ...?" asks of a thing its names tell: a sentence whose
        # passage never names them names another one (the Serbian Guard, "a brigade-sized unit")
        name_of = _ASKS_NAME.search(own_question)
        owner_terms |= set(content_terms(" ".join(NAME_RUN.findall(name_of.group(1))))) if name_of else set()
        borrowed = borrowed_names(question)
        asks = Asked.of(own_question, asked_terms, borrowed[0] if borrowed else None,
                        is_city=lambda name: bool(self.lexicon) and self.lexicon.is_a(name, "city"))
        required = kind in REQUIRED_KINDS or asks.required
        short_forms = _abbreviations(" ".join(chunk.text for _, chunk in sources))
        spelled_out = {content_terms(acronym)[0]: _spelled_out(acronym) for acronym in set(_ACRONYM.findall(own_question))
                       if len(acronym) >= 3 and acronym.isalpha() and content_terms(acronym)}
        initialled_names = by_initials(own_question)
        asks_instead = bool(_ASKS_INSTEAD.search(own_question))  # (read once, not per sentence)
        where = {n: chunk.context for n, chunk in sources}
        titled = {n: set(content_terms(chunk.title)) for n, chunk in sources}
        fact_sheets = {n for n, chunk in sources if _is_fact_sheet(chunk.text)}
        # (the fact sheets whose title names a name the question gives: their subject's)
        subject_named = {n for n in fact_sheets if any(same_name(name, term) for name_terms in asked_name_terms
                                                       for name in name_terms for term in titled[n])}
        titles = set().union(*titled.values())
        subjects = _subjects(question_names, titles)
        # ... and a people's word names the country some indexed document is titled by, retrieved or not: "the average
        # Kosovar" is Kosovo's when only Serbia's and Turkey's fact sheets were retrieved, whose figures are theirs (a
        # name a title holds as it is, "Belgrade" of the article's, is no subject unless retrieved)
        untitled = {name for name in question_names if not any(same_name(name, t) for t in titles)}
        subjects += [forms for forms in _subjects(untitled, indexed_titles - titles) if not forms & indexed_titles & untitled]
        # a follow-up that names no subject of its own asks about the first one the previous exchange names: "How much
        # of that comes from petroleum?" after "What are Serbia's total CO2 emissions?" asks of Serbia's
        borrowed_subject = _subjects((term for name in borrowed for term in content_terms(name)), titles)[:1]
        if not subjects:
            subjects = borrowed_subject
        # sources whose passage (text, title, heading) lacks one of the subjects: "What bird appears on Serbia's coat
        # of arms?" is not answered by "National coat of arms" of *The World Factbook: Kosovo*, when *... Serbia* is
        # among the sources
        lacks_subject = {n for n in passage_terms if any(not forms & (passage_terms[n] | context_terms[n]) for forms in subjects)}
        sheet_subjects = [forms for forms in subjects if any(forms & titled[n] for n in fact_sheets)]  # (Serbia, not Belgrade)
        # ... and a follow-up's "its" or "their" is the previous exchange's subject's: "How much of its imports come
        # from Turkey?" after "Which countries are Serbia's top import partners?" asks of *The World Factbook: Serbia*,
        # not of Kosovo's, which lists both Turkey and Serbia among its partners
        if borrowed_subject and _POSSESSIVE_PRONOUN.search(own_question):
            lacks_subject |= {n for n in titled if not borrowed_subject[0] & titled[n]}
        # a question's word may be worded otherwise in the sentence that answers it ("start" / "commenced");
        # names and figures are not
        related = {t: self.lexicon.related(t) for t in set(q_terms) - question_names if t.isalpha()} \
            if self.lexicon and w.related_word else {}
        opposite_of = {t: self.lexicon.antonyms(t) for t in related} if kind == "reason" and related else {}
        opposite_of = {t: opposites for t, opposites in opposite_of.items() if opposites}
        asked = _ASKS_CHARACTERISATION.search(own_question)
        asked_characterisation = set(content_terms(asked.group(0))) if asked else set()
        # "What do the stars on Kosovo's flag symbolize?" asks for a meaning, which "meaning: each star represents ..."
        # gives in its own words (the stemmer reads "symbolize" as the noun "symbol", whose synonyms are not "represent")
        asks_meaning = _ASKS_MEANING.search(own_question)
        asked_meaning = set(content_terms(asks_meaning.group(1))) if asks_meaning else set()
        refusal = _REFUSES.search(own_question)
        refused = (set(content_terms(refusal.group(1))), set(content_terms(refusal.group(2)))) if refusal else None
        if _ASKS_WHAT_CALLED.search(own_question):
            asked_characterisation |= set(content_terms("call"))
        # a share asked of a field that lists its parts by key ("Electricity generation sources" / "fossil fuels: 87.3%",
        # "solar: 0.1%", ...) is the part the question names ("wind"); a question that names none of them ("geothermal")
        # asks for a part the field does not list (the keys of each field, by document and label)
        # (... and so is a figure asked of one sex: "What is the life expectancy of Almarian women?" -> "female: 78.1 years")
        asked_sexes = {sex for term in asked_terms for sex in (_SEX_KEYS.get(term), term) if sex in _SEXES}
        # (the next time or the last one, when the question asks of one of them: a line of the other is of another time)
        asked_when = [when for when in (_NEXT_TIME, _LAST_TIME) if when.search(own_question)]
        unasked_when = (_LAST_TIME if asked_when[0] is _NEXT_TIME else _NEXT_TIME) if len(asked_when) == 1 else None
        parts: dict[tuple[str, str], set[frozenset[str]]] = {}
        if _ASKS_SHARE.search(own_question) or asked_sexes:
            for cand in cands:  # (parts that give shares: not "municipalities: Ada, Aleksandrovac, ...")
                if cand.label and _field_key(cand.text) - {"note"} and ("%" in cand.text or asked_sexes):
                    parts.setdefault((cand.doc_id, cand.label), set()).update(_field_keys(cand.text))
        # (a field's "total" is no part: it answers a question that names none of the parts, "What share of young
        # Serbians are out of work?" -> "Youth unemployment rate" / "total: 22.7%"; "Literacy" / "total population: ...")
        # (the sexes by the keys a fact sheet gives them: "What is the life expectancy of Serbian women?" -> "female: ...")
        # (and a part the question says people lack is the field's part of the word's negation: "What share of Serbians
        # lack an improved drinking water source?" -> "unimproved: total: ...", not "improved: total: ...")
        key_terms = {term for keys in parts.values() for key in keys for term in key}
        lacked = {t for word in _LACKED.findall(own_question) for t in content_terms(word) if "un" + t in key_terms}
        # (... and the parts a question leaves out are no parts it asks for: when they are parts of a field that has an
        # "other" part, that part is the one asked, "neither farmland nor forest" -> "other: 5.5%" of "Land use")
        left_out = {t for words in _NEITHER.findall(own_question) for word in words for t in content_terms(word)}
        part_terms = (asked_terms - lacked - left_out) | {"un" + t for t in lacked} | asked_sexes
        asked_parts = {field: {key for key in keys if any(_same_word(term, asked) for term in key for asked in part_terms)}
                       or {key for key in keys if _TOTAL <= key} for field, keys in parts.items() if len(keys) >= 2}
        # ... and when some field has a part the question names whole ("services: 45.7%" of GDP by sector of origin),
        # a part that only holds one of its words among others ("exports of goods and services", of GDP by end use) is
        # not it
        named_whole = {field: {key for key in keys if key <= part_terms} for field, keys in asked_parts.items()}
        # (not a sex, which many fields part by: "female: 20.1%" of "Tobacco use" does not make "women married by age 18"
        # of "Child marriage" no part of "What share of Turkish girls are married before they turn 18?")
        if any(key - set(_SEX_KEYS.values()) for keys in named_whole.values() for key in keys):
            asked_parts = named_whole
        # (a part the question names that the field parts again, without naming a subpart, is its total: "What share
        # of Turks drink water from an improved source?" -> "improved: total: total: 97%", not "improved: urban: ...")
        for field, keys in asked_parts.items():
            totals = {key for key in keys if key & _TOTAL}
            shared = frozenset.intersection(*keys) if keys else frozenset()
            if totals and totals != keys and not any(_same_word(term, asked) for key in keys - totals
                                                     for term in key - shared for asked in part_terms):
                asked_parts[field] = totals
        with_other = {(c.doc_id, c.label) for c in cands if c.label and _OTHER_LINE.search(c.text)}
        complement_fields = {field for field, keys in parts.items() if field in with_other and any(
            _same_word(term, t) for key in keys for term in key for t in left_out)}
        asked_parts.update({field: set() for field in complement_fields})  # (the "other" line has no key terms)
        # a subpart the question names that some field among the passages parts its parts by ("improved: rural: rural:
        # 96%" of drinking water) is not given by a field whose parts lack it: "What is the infant mortality rate in
        # rural Turkey?" is not answered by "total: 17.9 deaths/1,000 live births" (a word of the field's label is no
        # part of it)
        field_keys: dict[tuple[str, str], set[frozenset[str]]] = {}
        for cand in cands:
            if cand.label and cand.n in fact_sheets:
                field_keys.setdefault((cand.doc_id, cand.label), set()).update(k for k in _field_keys(cand.text) if k - {"note"})
        subparts = {t for c in cands if c.label and c.n in fact_sheets for line in c.text.split("\n")
                    if (run := _KEYS.match(line)) for key in run.group(0).split(":")[1:] for t in content_terms(key)}
        subparts_asked = subparts & asked_terms - _TOTAL - _SEXES
        unparted = {field for field, keys in field_keys.items() if len(keys) >= 2 and any(
            t not in content_terms(field[1]) and not any(t in key for key in keys) for t in subparts_asked)}
        # a fact sheet's field dates its figures ("$35,300 (2024 est.)"; an office's "(since 2021)" dates no figure).
        # When every field the question names is dated to other years than it asks about, the sources do not give
        # that year's figure: "What was Turkey's real GDP per capita in 2019?" is not answered by another field's
        # line that shares a word with it ("Alcohol consumption per capita ... (2019 est.)"), nor by a field's note
        if asked_years:
            field_years: dict[tuple[int, str], set[str]] = {}
            field_words: dict[tuple[int, str], set[str]] = {}  # the words of a field's lines, not of its label
            field = (-1, "")  # (and of the note under it, read on its own below several years' figures)
            for cand in cands:
                if cand.label:
                    field = (cand.n, cand.label)
                    field_years.setdefault(field, set()).update(_DATED_FIGURE.findall(cand.text))
                if cand.label or (cand.n == field[0] and cand.text.startswith("note:")):
                    field_words.setdefault(field, set()).update(content_terms(cand.text.replace(field[1], "")))
            label_words = {field: set(content_terms(re.sub(r"\(.*?\)", "", field[1])))  # (a label's aside need not be
                           for field, years in field_years.items() if years}          # named: "(consumer prices)")
            # (a field is named by all its label's words; when none is, by all but one, two or more of them named:
            # "Serbia's adult obesity rate" names "Obesity - adult prevalence rate"; "Almaria's unemployment rate" names
            # "Unemployment rate", not "Youth unemployment rate")
            fields_named = {field for field, words in label_words.items() if words <= asked_terms} or \
                {field for field, words in label_words.items() if len(words & asked_terms) >= 2 and len(words - asked_terms) == 1}
            named_words = {t for field in fields_named for t in label_words[field]}
            # (... unless prose of that year tells it with a named field's word: "What brought increasing insecurity
            # to urban areas from January to March 1999?" names the "Urbanization" field, and a Kosovo War sentence of
            # 1999 answers it; not Turkey's "intense fighting resumed in 2015" for its unemployment rate in 2015;
            # nor unless a field's line of the year asked goes with the named field's words in that field's own lines,
            # not in its label: "1.1% of GDP (2022 est.)" of "Military expenditures", for "How much of its GDP did
            # Kosovo spend on defence in 2022?", and "10.5% (2022 est.)" of "Unemployment rate" with its "note: % of
            # labor force seeking employment", for "What share of Turkey's labour force was unemployed in 2022?"; not
            # "Youth unemployment rate (ages 15-24) / total: 14.9% (2019 est.)" for the unemployment rate)
            if fields_named and all(not field_years[field] & asked_years for field in fields_named) and not any(
                    set(_YEAR.findall(c.text)) & asked_years and set(content_terms(c.text)) & named_words
                    for c in cands if _is_prose(c.text)) and not any(
                    set(_DATED_FIGURE.findall(c.text)) & asked_years and any(label_words[field] <= (
                        field_words[(c.n, c.label)] if c.label else set(content_terms(c.text))) for field in fields_named)
                    for c in cands):
                return []
        labels_named: list[bool] = []  # the question names the field the sentence belongs to (or Asked.fits)
        named_labels: set[str] = set()  # the labels of those fields
        fields_elsewhere: list[set[str]] = []  # the terms of those fields' labels in fact sheets of other subjects
        kept: list[float] = []  # the share of its score a sentence keeps (said before; off the question's subject)
        other_parts: set[int] = set()  # lines of a field other than the part asked for (whatever the answer's kind)
        # the labels of fields the passages give from the fact sheets of subjects the question asks about as owners
        # ("Land boundaries" in Serbia's, for "How long is Serbia's land border?" or "... the land border of Serbia?";
        # not "Imports - partners" in Ostria's, for "How much of its imports come from Ostria?")
        owned = {t for names in _OWNER.findall(own_question) for name in names for t in content_terms(name)}
        own_sheet_labels = {c.label.strip().lower() for c in cands if c.label and c.n in fact_sheets
                            and any(forms & titled[c.n] & owned for forms in sheet_subjects)}
        origin_of = set(content_terms(name)) if (name := _name_asked(own_question)) else set()
        field_blocks = {n: chunk.text.split("\n\n") for n, chunk in sources if n in fact_sheets} if origin_of else {}
        etymologies: set[int] = set()  # the etymology lines of the name asked (``_ASKS_ORIGIN``)
        # (the terms the question gives as participles: ``_participles_only``)
        asked_participles = {plain_term(word) for word in _PARTICIPLE.findall(own_question.lower())}
        for cand, meaning in zip(cands, meanings):
            if origin_of and cand.n in field_blocks and _ETYMOLOGY.search(cand.quotable):
                field_names = {term for block in field_blocks[cand.n] if cand.quotable in block
                               for value in _FIELD_NAME.findall(block) for term in content_terms(value)}
                if field_names and not any(same_name(asked, term) for asked in origin_of for term in field_names):
                    cand.kind_ok = False  # (another name's origin)
                    other_parts.add(id(cand))
                else:
                    etymologies.add(id(cand))
            # "He accused Turkey of ...", "These protests target ...": who or what, the sentence before says
            own_terms = set(content_terms(spell_out_titles(cand.text)))
            if cand.before and (_goes_on_from_before(cand.text) or _ATTRIBUTED_TO_PRONOUN.search(cand.text)
                                or (asks_instead and _INSTEAD.match(cand.text))):
                # (and whom the sentence it goes on from through that one names first: "He also claimed ..." after
                # "According to him, ..." after "Vučić claimed ..." is Vučić's)
                own_terms |= set(content_terms(cand.before[2])) | set(content_terms(_named_first(cand.antecedent)))
            # ... and "The accords called for ..." names the accords the sentence before names ("the Rambouillet Accords")
            elif cand.before and (the_noun := _OPENS_WITH_THE.match(cand.text)):
                name_before = re.search(rf"((?:(?-i:[A-ZÀ-Ž])[\w'’-]*\s+)+){re.escape(the_noun.group(1))}\b",
                                        cand.before[2], re.I)
                if name_before:
                    own_terms |= set(content_terms(name_before.group(1)))
            # ... and "Serbia condemned the arrest as ..." names whose arrest the sentence before names ("The July 2025
            # arrest of Serbian official Igor Popović"), when the question asks of that very thing (its word)
            if cand.before:
                for the_noun in _THE_NOUN.finditer(cand.text):
                    if set(content_terms(the_noun.group(1))) & asked_terms:
                        of_whom = re.search(rf"\b{re.escape(the_noun.group(1))}\s+of\s+((?:[\w'’-]+\s*){{1,6}})",
                                            cand.before[2], re.I)  # (the names in its first words: "Serbian official Igor Popović")
                        if of_whom:
                            own_terms |= set(content_terms(" ".join(NAME_RUN.findall(of_whom.group(1)))))
            # ... and "in the region" is in the region the sentence before names, when the question names it ("Russia's ...
            # interest in the Balkans ..." / "Moscow has historically sought to prevent NATO expansion in the region")
            if cand.before and _THE_REGION.search(cand.text):
                own_terms |= asked_named & {term for place in _IN_PLACE.findall(cand.before[2]) for term in content_terms(place)}
            # ... and an acronym the question gives (three letters or more) by the name it stands for, written out:
            # "the CDC" by "the Center for Disease Control and Prevention", which the source never shortens
            own_terms |= {term for term, spelled in spelled_out.items() if spelled.search(cand.text)}
            # ... and a long name the question gives by its initials: "SCO (dialogue member)" names the "Shanghai
            # Cooperation Organisation"
            own_terms |= {term for short, name in initialled_names.items() if re.search(rf"\b{short}\b", cand.text)
                          for term in content_terms(name)}
            # a sentence is read in its context: "Capital: Pristina" under "The World Factbook: Kosovo"
            s_terms = own_terms | context_terms[cand.n]
            label_terms = set(content_terms(cand.label))  # (the label of the field it belongs to; none for prose)
            key = _field_key(cand.text)  # (a fact sheet's "key: value" line; none for prose)
            text_keys = _field_keys(cand.text)  # (each of its "key: value" lines' keys, read once here)
            # (the sexes its lines are keyed by: "male: 72.7 years" / "female: 78.1 years")
            key_sexes = {_SEX_KEYS.get(term, term) for line_key in text_keys for term in line_key} & _SEXES
            # a "key: value" line whose key the question names (in a form of one root: "consume", "consumption") is
            # read under its field's label: "imports: 2.471 billion cubic meters" under "Natural gas", for "How much
            # natural gas does Serbia import?"
            # (any line's key, of a candidate that holds two: "male: 33.4 years" / "female: 34.6 years" for women)
            if cand.label and any(_same_word(word, term) for line_key in text_keys or [key] for word in line_key
                                  for term in part_terms):
                s_terms |= label_terms
            # (and a fact sheet's key for a sex meets the question's word for it, when the question names the sheet's
            # subject: "male: 72.7 years" of *The World Factbook: Serbia* is of "Serbian men"; not of "the dead" of a
            # battle the conversation is about)
            if cand.label and asked_sexes and any(forms & titled[cand.n] for forms in subjects):
                s_terms |= {t for t in asked_terms if _SEX_KEYS.get(t) in key_sexes}
            if (cand.doc_id, cand.label) in complement_fields and _OTHER_LINE.search(cand.text):
                # ("other: 5.5%" is the land that is neither farmland nor forest: it meets those words too)
                s_terms |= left_out | label_terms | set(content_terms("neither nor"))
            # "Why did Radoičić deny any role ...?" is answered by the sentence that tells he did the opposite ("admitted
            # responsibility"): the premise is wrong, and that sentence says so
            s_terms |= {t for t, opposites in opposite_of.items() if opposites & terms_with_verbs(cand.text, self.lexicon)}
            if refused and refused[1] <= s_terms and _NEGATION.search(cand.text):
                s_terms |= refused[0]  # "do not recognize" is what "refuse to recognise" asks about
            dates_a_span = kind == "date" and bool(_SPAN_OF_DATES.search(cand.quotable))
            if dates_a_span:  # "lasted from 24 March to 11 June" tells when it began and when it ended
                s_terms |= asked_terms & (_SPAN_STARTS | _SPAN_ENDS)
            if asked_meaning and _TELLS_MEANING.search(cand.text):
                s_terms |= asked_meaning
            if asked_characterisation and _CHARACTERISES.search(cand.text):
                s_terms |= asked_characterisation  # "calling ... '...'" is what "describe" asks for
            elif asked_characterisation and _CALLS_ON.search(cand.text):
                s_terms -= asked_characterisation  # ... and "calls on Serbia to ..." is no name for anything
            for abbreviation in set(_ACRONYM.findall(cand.text)) & short_forms.keys():
                s_terms |= short_forms[abbreviation]  # "the ASM" is the Association of ... (ASM)
            if asks.initialled and (asks.initialled.search(cand.text) or asks.initialled.search(where[cand.n])):
                s_terms |= asks.posted_to  # "in the US" is in the United States
            # a people's word names its country: "the Serbian government" is Serbia's, in *The World Factbook: Serbia*
            s_terms |= {t for t in asked_named - s_terms if any(same_name(t, term) for term in context_terms[cand.n])}
            # (... and a people's word names what the question names by its shorter form: "the FR Yugoslavian delegation"
            # is the Yugoslav delegation)
            s_terms |= {t for t in asked_named - s_terms if any(term[len(t):] in ("ian", "an") and term.startswith(t)
                                                                for term in own_terms)}
            s_terms |= {t for t in peoples - s_terms if any(same_name(t, term) for term in own_terms)}
            s_terms |= {t for t, aliases in country_names.items() if aliases & s_terms}  # "American" is met by "US"
            # (a capital acting is named by its country's name or people's word: "the Yugoslav government" for "Belgrade";
            # only so far as no sentence is dropped for lacking it, as the name itself still weighs more)
            governed = {t for t, countries in seats.items() if any(same_name(country, term) for country in countries
                                                                  for term in own_terms)}
            if asks.office_forms & s_terms:  # (an office by any of its names: "envoy" is met by "Ambassador Ilir DUGOLLI")
                s_terms |= asks.office_forms
            cand.meaning = float(meaning)
            cand.other_subject = bool(subjects) and not any(forms & titled[cand.n] for forms in subjects)
            # a name the question gives that the sentence's passage holds, though the sentence itself does not
            # ("... the drones, which are described as ..." in a passage about the Skydagger drones), counts half
            # (a fact sheet's key may be of one root with WordNet's word: "spend" gives "expend", the key is "expenditures")
            # (and an irregular verb's form is read as the verb for it: "became" meets "become", and "began" meets "start"
            # through "begin"; looked up only when some word of the question is not met as it stands. Only the irregular
            # forms: a word the sentence holds but is not read as meeting the question stays unmet, as the "call" of
            # "calls on Ostria to ..." for "What did ... call the raid?")
            unmet = [t for t in q_terms if t not in s_terms and related.get(t)]
            verbs = irregular_verbs(cand.text, self.lexicon) if unmet else set()
            # (not by a participle, when only the word's nouns give the relative: "lightly armed" is no "branch")
            reworded = {t for t in unmet if t in verbs
                        or ((met := related[t] & (s_terms | verbs))
                            and met - self._participles_only(t, cand.text, asked_participles))
                        or any(_same_word(r, word) for r in related[t] for word in key)}
            # (... or a field named in one word has the question's word among that word's synonyms or in its definition:
            # a fact sheet's "Suffrage" is WordNet's "vote" (its "right to vote"), though "vote" is seldom "suffrage";
            # "Remittances" are "a payment of money sent to a person in another place". Only one word: "Health
            # expenditure" is no synonym of "spend" on its own, and its other lines would meet it)
            if len(label_terms) == 1 and (label_word := next(iter(label_terms))).isalpha():
                reworded |= {t for t in q_terms if t not in s_terms and t in related
                             and t in self.lexicon.related(label_word) | self.lexicon.defining(label_word)}
            cand.own_words = (sum(idf(t) * weight[t] for t in q_terms if t in s_terms)
                              + w.related_word * sum(idf(t) * weight[t] for t in reworded)) / q_weight
            cand.words = cand.own_words + w.passage_name * sum(idf(t) * weight[t] for t in asked_named - s_terms
                                                               if t in passage_terms[cand.n]) / q_weight
            cand.missing = frozenset(t for t in q_terms if t not in s_terms and t not in reworded)
            plain = cand.quotable  # footnote marks ("[145]") are neither numbers nor years
            counted = given_numbers.sub("", plain) if given_numbers else plain
            if kind == "number":  # a year, a calendar day ("May 5"), an ordinal, a time of day or a number that names
                # ("Resolution 1199") is not a count, a distance or a size
                counted = _DESIGNATION.sub("", _ORDINAL_OR_CLOCK.sub("", _CALENDAR_DAY.sub("", _YEAR_NOT_COUNT.sub("", counted))))
                if counts_time is False:  # "How many students ...?" is not answered by "for 11 months", nor by a "three-day" period
                    counted = _SPAN_OF_TIME.sub("", counted)
            cand.unnamed = frozenset(asked_named - s_terms - passage_terms[cand.n] - governed)
            # "When did Kosovo join NATO?" is answered by a sentence that says it never did, naming what the question
            # names ("Kosovo is not a member of the United Nations, NATO, or the European Union")
            # ... and "Why did the KLA welcome FARK?" by one that says it did not, holding every word of the question (in
            # a form WordNet gives: "FARK was not received well by the KLA")
            denies = kind in ("date", "reason") and bool(asked_named) and bool(_DENIES_STATE.search(plain)) \
                and all(any(same_name(t, term) for term in own_terms) for t in asked_named) \
                and (kind == "date" or not cand.missing)
            # "How many Romanian soldiers were wounded?" is not answered by a count in a passage that never names
            # Romania: it counts somebody else (measured on other answer kinds too: they lost more than they gained); nor
            # "Who won the October 12 local elections in Kosovo?" by Serbia's presidential results
            # (the thing measured may be met in other words: the "money" of "How much money ...?" is in WordNet's
            # definition of "Remittances")
            cand.kind_ok = (kind is None or _has_kind(kind, counted) or denies) \
                and asks.shown_by(spell_out_titles(plain), s_terms, passage_terms[cand.n]) \
                and not ((counting or kind == "outcome") and cand.unnamed) \
                and not (required and owner_terms & cand.unnamed) \
                and not (place_terms & cand.unnamed) \
                and measured_terms <= s_terms | label_terms | reworded \
                and all(any(_same_word(term, held) for held in s_terms | label_terms) for term in measured_of) \
                and not (measured_terms and not measured_terms & label_terms and any(  # (a quantity of CO2 is no gas;
                    # one of what the thing is a kind of is: "wine: 0.16 liters of pure alcohol", WordNet's wine being one)
                    not set(content_terms(thing)) & measured_terms and not self._kind_of(measured, thing)
                    for thing in _QUANTITY_OF.findall(plain))) \
                and all(forms & (s_terms | label_terms) for forms in spent_forms) \
                and all(bound.search(plain) for bound in bounds) \
                and all(rate.search(f"{cand.label}\n{plain}") for rate in rates) \
                and not (counting and (counts_people or counts_things) and _only_shares(counted)) \
                and not (money and not money.search(f"{cand.label}\n{plain}")) \
                and not (counted_by and not any(same_name(t, term) for t in counted_by for term in own_terms | governed | (
                    titled[cand.n] if cand.n in fact_sheets else set()))) \
                and not (required and subjects and _names_other_subject(cand.quotable, context_terms[cand.n], subjects, titles,
                                                                         self._countries(cand.quotable), titled[cand.n],
                                                                         self._capitals(cand.quotable)))
            # ("Why is Pristina called Pristina?" asks the name's origin, which its etymology gives without a word of reason)
            if kind == "reason" and id(cand) in etymologies and id(cand) not in other_parts:
                cand.kind_ok = True
            # (a fact sheet's field names what it counts in its label or key: "number of seats: 600")
            # (a heading over prose is no field: "The EU dialogue's deepening paralysis" / "... virtually no progress")
            # (the whole is no part: "13,535 people"; nor are people the stateless persons asked for: ``narrowed_by``)
            if kind == "number" and counted_terms and not (cand.label and cand.n in fact_sheets) \
                    and not any(map(is_field_line, plain.split("\n"))):
                cand.kind_ok = cand.kind_ok and _counts(counted, counted_terms, counted_names, part_asked, counted_kind, counted_whose) \
                    and (not part_asked or bool(part_asked & s_terms) or part_told <= s_terms) \
                    and all(forms & s_terms for forms in narrowed_by)
            # a fact sheet's note that tells what its field measures ("note: % of labor force ages 15-24 seeking
            # employment") gives no figure: its only numbers bound an age
            if kind == "number" and _FIELD_NOTE.match(plain) and not _NUMBER.search(_AGES.sub("", plain)):
                cand.kind_ok = False
            if (cand.doc_id, cand.label) in asked_parts:  # (a note is no part; one of its lines may be the part)
                line_keys = [key for key in text_keys if key - {"note"}]
                if line_keys and not any(key in asked_parts[cand.doc_id, cand.label] for key in line_keys):
                    cand.kind_ok = False
                    other_parts.add(id(cand))
            # a fact sheet's line is about the subject its title names, and answers a question that names that subject
            # only of the other names it gives: "What share of Kosovo's imports come from Russia?" is not answered by
            # *The World Factbook: Kosovo*'s "Germany 13%, Turkey 13%, China 10%, ..." (a name held by the line, its
            # field's label, the title or the passage)
            if cand.n in subject_named:
                held = s_terms | label_terms | titled[cand.n] | passage_terms[cand.n]
                if any(not (name_terms & held) and not any(same_name(name, term) for name in name_terms for term in held)
                       for name_terms in asked_name_terms):
                    cand.kind_ok = False
            # a sentence that does not show the thing asked for is no answer: "What colour ...?" needs a colour
            # (``_ASKS_COLOUR``), "Who designed ...?" the deed of authorship (``_ASKS_AUTHOR``), "When did ... visit ...?"
            # the deed it dates (``_ASKS_WHEN_DID``), and "In which Turkish city ...?" a place WordNet files in Turkey
            # ("demonstrations in Warsaw" for a Polish city), or one the sentence calls a place of the asked kind of the
            # country ("the western Serbian town of Peručac"); not one that names Turkey and a city elsewhere
            # ("Turkish-made drones in Kosovo ... Belgrade and Pristina")
            if (asks_colour and not any(self.lexicon.is_a(word, "color") for word in re.findall(r"[a-z]+", plain.lower()))) \
                    or (coloured and not coloured & (s_terms | label_terms | passage_terms[cand.n])) \
                    or (authored and not authored.search(plain)) \
                    or (dated_deed and not cand.label and not _NEGATION.search(plain)
                        and not dated_deed & _with_related(terms_with_verbs(plain, self.lexicon), self.lexicon)) \
                    or (place_of and self.lexicon and not self._names_place_in(plain, place_of, question_names)):
                cand.kind_ok = False
                other_parts.add(id(cand))
            # (a field without the subpart asked, ``unparted``; and a sentence that holds only some words of a body named
            # in full, which is of another body (``bodies``), unless the sentence before names it in full and this one
            # goes on with its short form: "... the Serbian Radical Party." / "Ultra-nationalist Radical Party chairman
            # Vojislav Šešelj ...")
            named_before = set(content_terms(cand.before[2])) if cand.before and bodies else set()
            if (cand.doc_id, cand.label) in unparted or \
                    any(terms & s_terms and not terms <= s_terms | named_before for terms in bodies):
                cand.kind_ok = False
                other_parts.add(id(cand))
            # a line keyed by one sex does not answer of the other: "women married by age 15: 2%" says nothing of men;
            # nor a field's line of the last time of the next: "most recent election date: 17 December 2023" for "When
            # is Serbia's next parliamentary election due?" ("expected date of next election: December 2027")
            if (asked_sexes and key_sexes and not key_sexes & asked_sexes) or (
                    unasked_when and cand.label and cand.n in fact_sheets
                    and unasked_when.search(plain) and not asked_when[0].search(plain)):
                cand.kind_ok = False
                other_parts.add(id(cand))
            # "When did the bombing end?" is not answered by a sentence that tells only when it started ("NATO started its
            # bombing campaign on 24 March"), nor "When did it start?" by one that tells only when it ended
            if kind == "date" and not dates_a_span:
                told = set(content_terms(plain))
                for asked_end, other_end in ((_SPAN_ENDS, _SPAN_STARTS), (_SPAN_STARTS, _SPAN_ENDS)):
                    if asked_terms & asked_end and told & other_end and not told & asked_end:
                        cand.kind_ok = False
            # a question about 2025 is not answered by a sentence about 2020 (and no year of the question)
            years = set(_YEAR.findall(plain))
            # (... and a count that "Of these, 2,197 Serbs ..." gives is of the sentence before, and of its years)
            if not years and cand.before and _REFERS_BACK.match(plain):
                years = set(_YEAR.findall(cand.before[2]))
            cand.other_time = bool(asked_years and years and not years & asked_years)
            # a field whose label the question names ("population" -> "Population / total: ...")
            # (a range the label writes with a hyphen is named by its ends: "aged 15 to 49" names "(ages 15-49)")
            named = bool(label_terms) and all(t in asked_terms or ("-" in t and set(t.split("-")) <= asked_terms)
                                              for t in label_terms)
            # ... or names in another word of one sense with it: "What faith ...?" names "Religions" (WordNet's faith,
            # religion, religious belief), as "What religion ...?" does; only the noun asked for, and a label of one word
            named = named or bool(asked_noun and len(label_terms) == 1 and asked_noun in self.lexicon.related(next(iter(label_terms))))
            # ... or a key that names a field by itself, as the question does: "How many seats ...?" ->
            # "number of seats: 120" (a one-word key, "total: ...", is a part of its labelled field)
            keys = [set(content_terms(line.split(":")[0])) for line in cand.text.split("\n") if is_field_line(line)]
            labels_named.append(named or any(len(key) > 1 and key <= asked_terms | counting for key in keys)
                                or asks.fits(cand.text, cand.kind_ok))
            if named and cand.label:
                named_labels.add(cand.label.strip().lower())
                if cand.other_subject:
                    fields_elsewhere.append(label_terms)
            cand.score = (w.meaning * cand.meaning + w.words * cand.words
                          + w.rank / (1 + rank_of[cand.n]) + w.kind * (kind is not None and cand.kind_ok))
            # (not when the sentence said before holds every word the follow-up asks with: "Who opposes that?" after
            # "... to transform it into a regular army—a move that Serbia vehemently opposes ...")
            # (nor when the follow-up asks for a kind of answer the conversation has not asked for, and the sentence holds
            # one: "How many voted for him?" after "Who was elected prime minister in 2017?" -> "2017: Ramush HARADINAJ
            # (AAK) elected prime minister; Assembly vote - 61 for, ..."; "Why?" after "What did the family ask Kurti to
            # do?" -> "... to withdraw the police ... to prevent further loss of life"; not a name, which any sentence
            # with a capital may seem to hold)
            repeated = any(plain in earlier for earlier in said) and not (own and own <= terms_with_verbs(cand.text, self.lexicon)) \
                and not (new_kind and cand.kind_ok)
            # (a fact sheet's field of another subject that never names the one asked is off it, whatever another field
            # of its passage names, when the subject asked has a fact sheet of its own: Kosovo's "Flag" beside its
            # "Independence ... (from Serbia)" is not Serbia's flag)
            # (nor does one that names it, when the subject's own sheet gives that field among the passages: Kosovo's
            # "Land boundaries" with its "Serbia 366 km" is not Serbia's land border, which Serbia's field gives)
            off_field = bool(sheet_subjects) and cand.other_subject and bool(cand.label) and cand.n in fact_sheets \
                and (not any(forms & (own_terms | label_terms) for forms in sheet_subjects)
                     or cand.label.strip().lower() in own_sheet_labels)
            kept.append((w.repeat_factor if repeated else 1.0) * (w.off_subject if cand.n in lacks_subject or off_field else 1.0))
        # ... and the name's own "etymology:" line, when a passage gives one, answers rather than the other lines of its
        # field ("name: Pristina (Prishtine, Prishtina)", "geographic coordinates: ...") or a sentence that only shares
        # the question's words ("he called Turkish President Erdoğan ..." for "Why is Pristina called Pristina?")
        etymologies -= other_parts
        if etymologies:
            other_parts |= {id(c) for c in cands if id(c) not in etymologies}
        # A field the question names by its label ("What is the unemployment rate of Kosovo?") that only other subjects'
        # fact sheets hold among the passages, while every sentence about the subject asked lacks a word of its label,
        # is not given for that subject: "services: 45.7%" of Kosovo's GDP is no unemployment rate
        if fields_elsewhere and subjects and any(not c.other_subject for c in cands) and all(
                any(label & c.missing for label in fields_elsewhere) for c in cands if not c.other_subject):
            return []
        # a named field that lacks a name the question gives yields to a sentence that holds every term of the
        # question: Serbia's "Languages" field to its note on what is "official in Vojvodina"
        complete = any(not cand.missing for cand in cands)
        # (... as does one that lacks a number the question gives: "women married by age 15" to "Currently married women
        # (ages 15-49)", for "How many women aged 15 to 49 are married?")
        given_figures = asked_named | {t for t in asked_terms if any(ch.isdigit() for ch in t)}
        # ... and a sentence that gives a named field's measure in its own words ("an elevation of 400-700 m", under
        # "Terrain") is as good as the field, for "At what elevation does Kosovo's central basin lie?"
        measure_given = re.compile(rf"\b(?:{'|'.join(map(re.escape, named_labels))})\s+of\s+(?:about\s+|approximately\s+|"
                                   r"around\s+|some\s+|over\s+|nearly\s+)?[$€£]?\d", re.I) if named_labels else None
        for cand, named, share in zip(cands, labels_named, kept):
            named = (named and not (complete and given_figures & cand.missing)) or bool(measure_given and measure_given.search(cand.quotable))
            cand.score = (cand.score + w.label * named) * share
        # "Who will succeed Özkan Ulutaş?" asks for a person other than the one it names (by a full name, or one name
        # right after the verb: "Who will replace Ulutaş?"): a sentence that names no one else does not answer it
        # ("Who replaced the Serbs as the majority?" asks for no person)
        if kind == "name" and _SUCCESSION.search(own_question) and \
                (_names_someone_else(own_question, set()) or _SUCCEEDS_NAMED.search(own_question)):
            cands = [c for c in cands if _names_someone_else(c.quotable, question_names) and _TELLS_SUCCESSION.search(c.quotable)
                     and not c.unnamed]
        # "Who runs Baykar?", "Who commands KFOR?" ask for someone in charge of what they name: a sentence that names
        # no one but what the question or the conversation names does not answer ("... defense company Baykar ..."),
        # nor one from a passage that does not name it
        in_charge = _ASKS_WHO_IS_IN_CHARGE.search(own_question)
        # (the names a follow-up borrows tell what it asks of only when it names nothing itself: "And who runs that
        # company?"; "Who led the Albanian delegation?" may be answered by a name the previous answer gave, "Rugova")
        given_names = question_names or set(content_terms(" ".join(borrowed)))
        if kind == "name" and in_charge and asked_named:
            cands = [c for c in cands if _names_someone_else(c.quotable, given_names) and not c.unnamed]
        # ... and a sentence that tells someone's charge ("the manufacturer headed by ...") answers before one that
        # only names people ("manufactured by Turkish defense company Baykar"), when some sentence tells one
        # (the question's own verb first: "Who heads ...?" -> "headed by", before "owned by")
        if kind == "name" and in_charge:
            verb = content_terms(in_charge.group(1))[0]
            # (a title of another's charge tells no charge of what is asked: "NATO Supreme Commander Wesley Clark")
            cands = [c for c in cands if not _charge_of_another(c.quotable, verb, given_names)]
            charges = [c.quotable for c in cands]
            cands = [c for c, text in zip(cands, charges) if verb in content_terms(text)] or \
                [c for c, text in zip(cands, charges) if _TELLS_CHARGE.search(text)] or \
                [c for c, text in zip(cands, charges) if _names_person(text, question_names)]
        # "Who is the chief of Serbia's General Staff?" asks for a person holding a post: a sentence that names a person
        # ("General Milan Mojsilović, Chief of ...") answers before one that names only bodies ("Police Directorate",
        # "the Serbian Guard"), when some sentence names one
        # (a sentence that goes on about the one before names whom that one names: "They were the only NATO fatalities")
        if kind == "name" and _ASKS_HOLDER.match(own_question):
            cands = [c for c in cands if _names_person(c.quotable, question_names) or (
                c.before and _goes_on_from_before(c.text) and _names_person(c.before[2], question_names))] or cands
        # "Which country supplies most of Turkey's imports?" asks for a country: a sentence that names one the question does
        # not (WordNet files "China" under "country", "Belgrade" under "city"; a fact sheet's title is a country's name)
        # answers before one that names none ("Imports / $367.022 billion"), when some sentence names one
        typed = _ASKS_PLACE.match(own_question)
        if typed and self.lexicon:
            place = "country" if typed.group(1).lower().startswith(("countr", "nation")) else "city"
            countries = {title for n in fact_sheets for title in titled[n]} if place == "country" else set()
            cands = [c for c in cands if self._names_place(c.quotable, place, question_names, countries)] or cands
        # "Which three countries ...?" asks for a list of that many names: a sentence that lists them ("Russia, China, and
        # Iran") answers before one that names some of them ("a Chinese brigade"), when some sentence lists that many
        listed = _ASKS_LIST.search(own_question)
        if listed:
            count = _NUMBER_WORDS.get(listed.group(1).lower()) or int(listed.group(1))
            cands = [c for c in cands if _lists_names(c.quotable, count)] or cands
        # "Who was Ahmet Krasniqi?" asks who he is: a sentence that gives him a role beside his name ("the former Yugoslav
        # colonel Ahmet Krasniqi", "Dan Ilazi, head of research at ...") answers before one that tells what befell him
        # ("Ahmet Krasniqi was shot in Tirana"), when some sentence does
        identity = _ASKS_WHO_SOMEONE_IS.match(own_question)
        if identity:
            cands = [c for c in cands if _gives_role(c.quotable, identity.group(1))] or cands
        # "Why did Fatmir Limaj go to prison ...?" is answered by the sentence that tells him acquitted, when one does: the
        # sources deny what the question takes for granted (before the charges, which hold more of its words)
        verdict = _opposite_verdict(own_question)
        if verdict:
            person = set(content_terms(verdict[0]))
            cands = [c for c in cands if verdict[1].search(c.quotable) and person <= set(content_terms(c.quotable))] or cands
        # "What did Greece say about ...?" is answered only by a sentence in which Greece speaks (or "he said ..." after
        # a sentence that names the speaker first): another's words, or words about Greece, are not Greece's
        said_by = _ASKS_WHAT_SAID.match(own_question) or _ASKS_WHAT_FOUND.match(own_question)
        if said_by:
            cands = _spoken_by(cands, said_by.group(1), self._governed_from(said_by.group(1), own_question))
            # ... and "What did Holbrooke tell the KLA fighters?", "... say to Milošević?" asks for words said to someone
            # it names: a sentence that names no one of them ("Holbrooke threatened Milošević that ...") was said to another
            addressee = set(content_terms(said_to.group(1))) if (said_to := _SAID_TO.match(own_question, said_by.end())) else set()
            if addressee:
                cands = [c for c in cands if any(same_name(name, term) for name in addressee
                                                 for term in content_terms(c.quotable))]
        # Words said of what the question names come from a passage that names it: "What did Susan Sontag say about the
        # Banjska attack?" is not answered by her words on the NATO intervention (the names after the verb; not the
        # speaker's own: "What did Australian Prime Minister John Howard say ...?" is answered from a passage that never
        # names Australia); nor are an office holder's words of a country the question names ("What did India's prime
        # minister say ...?") from a passage that never names it: "Prime Minister Kurti" there is Kosovo's (who holds the
        # office is left to the words: "General Clark" is no secretary general)
        if speaking := said_by or _ASKS_WHAT_OFFICE_SAID.match(own_question):
            spoken_of = own_question[speaking.end():]
            named = set(content_terms(spoken_of if said_by else f"{speaking.group(1)} {spoken_of}"))
            cands = [c for c in cands if not c.unnamed & named]
            # ... and an office holder's words are said by one the sentence (or the one it goes on from) names by the
            # office or by the name the question gives after it: "What did Israel's foreign minister say about the
            # bombing?" is not answered by "Israel did not support ..." nor by "Ariel Sharon criticised ...", who the
            # sources never call a minister (a person's office, one: not "the Factbook's figures", nor "Kosovo's Assembly")
            office = re.findall(r"[\w-]+", own_question[speaking.end(1):speaking.end()])[1:-1] if not said_by else []
            if office and not office[-1].endswith("s") and self.lexicon and self.lexicon.is_a(office[-1].lower(), "person"):
                holder = set(content_terms(" ".join(office)))
                cands = [c for c in cands if holder & set(content_terms(f"{c.antecedent} {c.quotable}"))]
        # "Which US official called the Serbian troop build-up destabilizing?", "Who described the attackers as heroes?":
        # the answer says the description (in some form), else the sources do not say who called it that (a sentence of
        # others' words on the build-up names no one who did)
        if (described := _ASKS_WHO_CALLED.match(own_question)) and content_terms(described.group(1)):
            description = content_terms(described.group(1))[-1]
            cands = [c for c in cands if description not in c.missing]
        # "What was Milo Đukanović's party called?" asks the name of a thing: a sentence that neither says the thing (in any
        # form WordNet gives) nor quotes a title ("entitled _The Kosovo Report_") does not give its name, nor one that with
        # its passage does not name whose thing it is (a list of Serbia's parties)
        # (the thing is the noun before a preposition: "What was the US contribution to KFOR called?" names a contribution)
        if (called := _ASKS_NAME_CALLED.search(own_question)) and (thing := content_terms(
                _head_of(called.group(1)))[-1:]):
            cands = [c for c in cands if (thing[0] not in c.missing or _QUOTED_TITLE.search(c.quotable)
                                          or _NAMED_AS.search(c.quotable)) and not c.unnamed]
        # "Which Chinese brigade trained with the Serbian special forces?": when the sentence that best tells of it gives
        # it only as "a Chinese brigade", the sources do not say which (the rest tell of other things)
        if (which_thing := _WHICH_THING.match(own_question)) and content_terms(which_thing.group(2)) and cands:
            best = max(cands, key=lambda c: c.score)
            if _only_a_kind_of(best.quotable, which_thing.group(1), which_thing.group(2)):
                cands = []
        # "..., according to Osmani?" prefers what Osmani says, when some sentence has her speak (the question's words
        # may be the narrator's too: "Serbia has been modernizing ... with Russia and China" is not Osmani's "Russia,
        # China and Iran"); with none, the sentences that tell of it stand
        cited = _ACCORDING_TO.search(own_question) or _ASKS_CHARGE_BY.search(own_question)
        if cited and not said_by:
            spoken = {id(c) for c in _spoken_by(cands, cited.group(1))}
            # ("according to Russia's draft resolution" is told as well by a sentence that names the speaker and that
            # thing of theirs: "brought before the Security Council by Russia, in a draft resolution which would affirm")
            if possessed := _POSSESSED.match(own_question, cited.end(1)):
                thing = set(content_terms(f"{cited.group(1)} {possessed.group(1)}"))
                spoken |= {id(c) for c in cands if thing <= set(content_terms(c.quotable))}
                # ... and "according to Serbia's fact sheet" by what the document titled by that name says
                if _DOCUMENT.match(own_question, possessed.start(1)):
                    cited_terms = set(content_terms(cited.group(1)))
                    spoken |= {id(c) for c in cands if cited_terms <= titled[c.n]}
            cands = [c for c in cands if id(c) in spoken] or cands
        # "Who trained the soldiers?" is not answered by "soldiers were trained to operate the drones"; when
        # every sentence that tells of the training says so, the sources do not say who did it
        who_did = _WHO_DID.match(own_question)
        # (not a participle that tells which one, when a verb of the question's own follows: "Which attacker killed at
        # Banjska had once guarded Vulin?" asks who guarded him; not "... the soldiers who were deployed?")
        if who_did and who_did.group(2) and _FINITE_VERB_AFTER.match(own_question[who_did.end():]):
            who_did = None
        did = next((verb for verb in who_did.groups() if verb), "") if who_did else ""
        if did and content_terms(did) and not _SUCCESSION.search(own_question):
            agents = [(c, _tells_agent(c.quotable, did)) for c in cands]
            # (of what the question names after its verb, when a sentence tells of that: "Which KLA commander captured
            # Retimlije?" is not answered by "the KLA captured Orahovac", but by what the Retimlije sentence says)
            done_to = named_terms(own_question[who_did.end():])
            told_of = [agent for c, agent in agents if agent is not None and done_to <= set(content_terms(c.quotable))]
            told = (told_of if done_to and told_of else None) or [agent for _, agent in agents if agent is not None]
            cands = [] if told and not any(told) else [c for c, agent in agents if agent is not False]
        # A sentence dated to other years than the question's (other_time) is no candidate, unless the question
        # asks for no figure, date or result and the sentence holds every other term of it: it states the very
        # fact, dated otherwise ("Why did Turkey join NATO in 1963?" -> "Turkey joined the UN in 1945 and NATO
        # in 1952."); a figure for another year is another figure
        cands = [c for c in cands if not c.other_time or (kind not in REQUIRED_KINDS and c.missing <= asked_years)]
        # a figure from a document about another subject, in a passage that never names the one asked about, is that
        # other subject's figure: "What is the retirement age for judges in Kosovo?" is not answered by Turkey's
        # (nor in any form of it: the Kosovo War's "Serb forces" are Serbian)
        if required:
            elsewhere = {n for n in lacks_subject if any(not any(same_name(form, term) for form in forms
                                                                 for term in passage_terms[n] | context_terms[n])
                                                         for forms in subjects)}
            # ... nor is a fact sheet's field line that does not name it, though a note of the field does: "rate of
            # urbanization: 0.04%" of *The World Factbook: Serbia* is Serbia's ("note: data include Kosovo")
            cands = [c for c in cands if not (c.other_subject and (c.n in elsewhere or (c.label and not any(
                same_name(form, term) for forms in subjects for form in forms for term in content_terms(c.quotable)))))]
        # "How many refugees lived in the camp run by the UAE?": the sentence about that camp gives no count; a count
        # in a sentence that holds far less of the question (Turkey's refugees) is another count, not the answer
        # (not a sentence the conversation already gave: it holds the names a follow-up borrows from it, and the follow-up
        # asks for something new: "When was it adopted?" after "lyrics/music: Jovan DORDEVIC/Davorin JENKO")
        unkinded = max((c.own_words for c in cands if not c.kind_ok and not any(c.quotable in earlier for earlier in said)),
                       default=0.0) if required else 0.0
        # "How many KFOR soldiers were injured ...?": a count in a sentence that never tells of the injuring ("100
        # soldiers to reinforce the KFOR mission") is outmatched by a sentence that does and holds as much of the
        # question without a count ("... resulting in injuries sustained by both military personnel and ...")
        done = _COUNTED_STATE.search(own_question) if counting and not part else None
        done_terms = _with_related(set(content_terms(done.group(1))), self.lexicon) if done else set()
        tells_done = {id(c) for c in cands if done_terms & set(content_terms(c.quotable))} if done_terms else set()
        telling = max((c.own_words for c in cands if not c.kind_ok and id(c) in tells_done), default=0.0)
        # a rate the question asks for ("landlines per 100 people") is given by a line at that rate when some passage
        # gives one, whatever the answer's kind: "subscriptions per 100 inhabitants: 7", not "total subscriptions:
        # 383,763", for the part question "What is the landlines per 100 people of Kosovo?" of a comparison (which
        # asks for no kind)
        at_rate = {id(c) for c in cands
                   if all(rate.search(f"{c.label}\n{c.quotable}") for rate in any_rates)} if any_rates else set()
        if at_rate:
            other_parts |= {id(c) for c in cands} - at_rate
        cands = [c for c in cands if (c.kind_ok or not required) and id(c) not in other_parts]
        for c in cands:
            c.outmatched = c.own_words < w.outmatched * unkinded or \
                (bool(done_terms) and c.own_words <= telling and id(c) not in tells_done)
        return sorted(cands, key=lambda c: -c.score)

    def _participles_only(self, term: str, text: str, asked_participles: set[str | None]) -> set[str]:
        """The relatives of a question's noun that only its nouns give, which a text holds only as a verb's participle:
        "lightly armed" does not meet "branches" through "arm" ("What are the branches of the Kosovo Security Force?").
        A question that uses the word as a participle itself (``asked_participles``, its participles' terms) meets
        them so ("honoured" is met by "awarded")."""
        nouns = self.lexicon.noun_relatives(term)
        if not nouns or term in asked_participles:
            return set()
        only_participles: dict[str, bool] = {}
        for word in re.findall(r"[a-z]+", text.lower()):
            if (relative := plain_term(word)) in nouns:
                only_participles[relative] = only_participles.get(relative, True) and bool(_PARTICIPLE.fullmatch(word))
        return {relative for relative, only in only_participles.items() if only}

    def _kind_of_counted(self, word: str, counted: str) -> bool:
        """Whether WordNet files a word after a count under the thing a question counts: "automobiles" under
        "vehicles" (plurals read as their singular)."""
        return any(self.lexicon.is_a(form, kind) for form in _singular_forms(word) for kind in _singular_forms(counted)
                   if form != kind)

    def _names_place_in(self, sentence: str, place_of: re.Match, question_names: set[str]) -> bool:
        """Whether the sentence names a place of the country ``place_of`` (``_ASKS_PLACE_OF``) names by its people's word,
        other than the question's names: by WordNet's holonyms, or by calling it so ("the Serbian town of Peručac")."""
        people, kind = place_of.group(1), place_of.group(2).lower().removesuffix("s")
        countries = {people.lower()} | self.lexicon.pertains_to(people)  # ("Polish" -> "poland"; "Kosovar", which WordNet
        # lacks, is read by its form: ``same_name``)
        if re.search(rf"\b{re.escape(people)}\s+(?:[\w-]+\s+)?{kind}", sentence, re.I):
            return True
        return any(any(same_name(country, whole) for whole in self.lexicon.wholes(word) for country in countries)
                   for word in set(re.findall(r"\b[A-ZÀ-Ž][\w-]+", sentence))
                   if not set(content_terms(word)) & question_names)

    def _dated_deed(self, question: str) -> set[str]:
        """The terms of the deed "When did ...?" asks the date of (``_ASKS_WHEN_DID``): "When did Serbia formally apply
        for EU membership?" -> "appli"; none for a light verb, or when no plain verb is found."""
        asked = _ASKS_WHEN_DID.match(question)
        if not asked or not self.lexicon:
            return set()
        words = re.findall(r"[\w'’-]+", asked.group(1))
        for before, word, after in zip([""] + words, words, words[1:] + [""]):
            # (the deed is what is thought, not the thinking: "When did Sontag think Milošević should have been stopped?"
            # dates the stopping)
            if word in _THINKING:
                continue
            if word in _LIGHT_VERBS:
                return set()
            # (not a noun: after "the" or a possessive, or before a verb: "the Serb police start ...", "the Račak
            # massacre happen")
            if word.islower() and word.isalpha() and before.lower() not in ("the", "a", "an", "its", "their", "his", "her") \
                    and not before.endswith(("'s", "’s")) and self.lexicon.is_verb(word) and not self.lexicon.is_adverb(word) \
                    and not (after.islower() and self.lexicon.is_verb(after)):
                return set(content_terms(word))
        return set()

    def _governed_from(self, name: str, question: str) -> set[str]:
        """The countries a capital city stands for where it acts, not where it is a place: "How many deaths did Belgrade
        attribute to ...?" asks what the government there said, and "the Yugoslav government attributed ..." answers
        (WordNet files Belgrade as a national capital, part of Serbia and of Yugoslavia). Those are the wholes WordNet
        files as countries, and the one the capital is directly part of, which WordNet may not (only Yugoslavia is a
        country, but "Serbia condemned the arrest" is what Belgrade said); "How many people live in Belgrade?" asks of
        the city. None for a name WordNet does not file as a capital."""
        if not self.lexicon or not self.lexicon.is_a(name, "national_capital") \
                or re.search(rf"\b{_PLACE_PREPOSITION}\s+(?:the\s+)?{re.escape(name)}\b", question, re.I):
            return set()
        directly_in = self.lexicon.wholes(name, most=1)
        return {whole for whole in self.lexicon.wholes(name) if whole.isalpha()
                and (whole in directly_in or self.lexicon.is_a(whole, "country"))}

    def _names_people(self, words: str) -> bool:
        """Whether the words name people: a capitalised word (a people's name, "Serbs"), "people", or a word WordNet
        files under "person" in its singular ("women", "soldiers", "inhabitants"; the first form it knows as a noun:
        "lines" is "line", not "lin"; a word it lacks is no person)."""
        for word in re.findall(r"[\w'’-]+", words):
            singular = _IRREGULAR_PLURALS.get(word.lower()) or next(
                (form for form in _singular_forms(word.lower()) if self.lexicon and self.lexicon.is_noun(form)), "")
            if word[:1].isupper() or word.lower() == "people" or \
                    (singular and self.lexicon and self.lexicon.is_a(singular, "person")):
                return True
        return False

    def _kind_of(self, thing: str, kind: str) -> bool:
        """Whether WordNet files the thing (a word of it) under the kind (a word of it): "wine" under "pure alcohol"."""
        return bool(self.lexicon) and any(self.lexicon.is_a(word, of) for word in thing.lower().split()
                                          for of in kind.lower().split())

    def _countries(self, sentence: str) -> set[str]:
        """The terms of the countries a sentence names, as WordNet files them ("Romania"), titled by a document or not:
        "Romania announced ... 100 soldiers to reinforce the KFOR peacekeeping mission" counts Romania's soldiers, not
        the Serbian ones a question asks about."""
        if not self.lexicon:
            return set()
        return {term for name in re.findall(r"\b[A-ZÀ-Ž][a-zà-ž]+\b", sentence) if self.lexicon.is_a(name, "country")
                for term in content_terms(name)}

    def _capitals(self, sentence: str) -> dict[str, set[str]]:
        """The terms of the national capitals that act in a sentence (a verb or a possessive after the name), each with
        the terms of the countries WordNet files it directly in: "Belgrade claims ..." is Serbia's claim ("Belgrade" ->
        Serbia, Yugoslavia), but "the dialogue between Belgrade and Pristina" names the city's part in it only."""
        if not self.lexicon:
            return {}
        return {term: {country for whole in self.lexicon.wholes(name, most=1) if whole.isalpha()
                       for country in content_terms(whole)}
                for name in set(_ACTING_NAME.findall(sentence)) if self.lexicon.is_a(name, "national_capital")
                for term in content_terms(name)}

    def _names_place(self, sentence: str, place: str, question_names: set[str], countries: set[str]) -> bool:
        """Whether the sentence names a place of that kind ("country", "city") that the question does not name. A city
        WordNet lacks ("Pristina", "the Hague") is one where the sentence places something, when it is no country
        ("the court, located at the Hague")."""
        towns = {name for found in _PLACED_AT.findall(sentence) for name in found if name} if place == "city" else set()
        for name in re.findall(r"[A-ZÀ-Ž][\w'’-]+", sentence):
            terms = set(content_terms(name))
            if terms and not terms & question_names and (terms <= countries or self.lexicon.is_a(name, place) or (
                    name in towns and not self.lexicon.is_a(name, "country"))):
                return True
        return False

    def select(self, ranked: list[Candidate], question: str) -> list[Candidate]:
        """The best sentence, what it announces (a sentence ending in ":" or followed by "First, ..."),
        and close runners-up; in reading order within each source."""
        kind = answer_kind(question)
        if not ranked:
            return []
        best, w = ranked[0], self.weights
        chosen = [best]
        # A summary bullet ("- Vučić accused Turkey of violating UN Resolution 1244 but ...") yields the
        # lead to the reporting it summarises: the best prose sentence that restates it (repeats a
        # quarter of its terms) and scores at least 0.6 of it, with a second one from the same passage
        # (one bullet can sum up two sentences); failing that, to a prose sentence that supports the
        # question as well and scores close.
        if LIST_ITEM.match(best.text) and best.lead:
            restating = [c for c in ranked[1:] if not LIST_ITEM.match(c.text)
                         and c.score >= w.restatement_ratio * best.score
                         and term_share(best.text, c.text) >= w.restates]
            if restating:
                chosen = [restating[0]] + [c for c in restating[1:] if c.n == restating[0].n][:1]
            else:
                chosen = [next((c for c in ranked[1:] if c.score >= w.prose_ratio * best.score
                                and not LIST_ITEM.match(c.text) and c.words >= best.words), best)]
            ranked = chosen + [c for c in ranked if c not in chosen]
            best = chosen[0]
        # A sentence of a document's lead yields in the same way to the section of the same document that
        # reports it in detail: "Yet within days, Vučić appeared to soften his stance, calling Erdoğan ..."
        # to "In a media address on October 9, he called Turkish President Erdoğan ..."
        # (it holds as much of the question, so it answers it as well); the lead sentence is not quoted again
        bar = best.score  # runners-up are measured against the best sentence, not the restatement taking its place
        if best.lead:
            restating = [c for c in ranked[1:] if not c.lead and c.doc_id == best.doc_id and c.words >= best.words
                         and c.score >= w.restatement_ratio * best.score and term_share(best.text, c.text) >= w.lead_restates]
            if restating:
                chosen = [restating[0]]
                ranked = chosen + [c for c in ranked if c is not restating[0] and c is not best]
                best = chosen[0]
        # "When did Tito die?": a sentence that gives the day ("Tito's death on 4 May 1980 ...") answers better than
        # the best one when that gives the year only ("After Tito died in 1980, ..."), holds no less of the question,
        # and dates it to the same year
        if kind == "date" and not _CALENDAR_DAY.search(best.text):
            years = set(_YEAR.findall(best.text))
            to_the_day = next((c for c in ranked[1:] if _CALENDAR_DAY.search(c.text) and c.missing <= best.missing
                               and years <= set(_YEAR.findall(c.text)) and c.score >= w.restatement_ratio * best.score), None)
            if to_the_day:
                chosen = [to_the_day]
                ranked = chosen + [c for c in ranked if c is not to_the_day]
                best = to_the_day
        # close runners-up; a bullet that the best sentence restates is not quoted again
        # (one from another document joins only if that document is about what the question names: "What is
        # Serbia's national holiday?" is not also answered from *The World Factbook: Kosovo*)
        chosen += [c for c in ranked[len(chosen):] if c.score >= w.extra_ratio * bar
                   and (c.n == best.n or c.score >= w.other_passage_ratio * bar)
                   and (c.doc_id == best.doc_id or not c.other_subject)
                   and not _another_field(c, best)
                   and not (LIST_ITEM.match(c.text) and term_share(c.text, best.text) >= w.restates)]
        chosen = chosen[: self.weights.max_sentences]
        following = sorted((c for c in ranked if c.n == best.n and c.index > best.index), key=lambda c: c.index)
        ends_in_colon = best.text.rstrip().endswith(":")
        if not following and ends_in_colon:
            # what a passage's last sentence announces opens the next passage of its document ("... which found that:"
            # / "It concluded that ..."), when that one was retrieved too
            following = sorted((c for c in ranked if c.doc_id == best.doc_id and c.n != best.n
                                and 0 <= c.in_document[0] - best.in_document[1] <= 4), key=lambda c: c.index)
        announces = ends_in_colon or (following and _ENUMERATION.match(following[0].text))
        # a breakdown ("GDP - composition, by sector of origin" / "agriculture: ..." / "services: ...")
        # is read whole when the question weighs its parts ("Which sector makes up the largest part?")
        if best.label and _COMPARATIVE.search(question):
            for c in following[:4]:
                if c.label == best.label and c not in chosen:
                    chosen.append(c)
        if announces:
            for c in following[:3]:
                if c not in chosen:
                    chosen.append(c)
        # "On 19 October, the European Parliament adopted a resolution ..." does not say what it
        # "called for"; "It called for measures ...", two sentences on, does: a sentence that goes on
        # about the same subject (opens with a pronoun, or with the noun of the deed the best one tells: "The
        # confirmation was based on ..." after "... confirmed reports ...") and holds a question term the best one lacks; or
        # the very next one, which may say what a topic sentence only names ("... remains the establishment
        # of the ASM." / "This body ... would provide a degree of self-governance")
        # (one that holds what the best lacks comes first: "The KVM was a large contingent of ... verifiers" /
        # "Their inadequacy was evident ..." / "They were nicknamed ..." answers "What were the verifiers nicknamed?")
        going_on = [c for c in following[:2] if c.index <= best.index + 2
                    and (_OPENS_WITH_PRONOUN.match(c.text) or _REFERS_BACK.match(c.text) or _names_deed(c.text, best.text))]
        continuing = next((c for c in going_on if best.missing - c.missing), None) or \
            next((c for c in going_on if c.index == best.index + 1), None)
        if continuing and continuing not in chosen:
            chosen.append(continuing)
        # "Why ...?" answered by a sentence that only restates the question ("The EU's leverage has
        # diminished."): the reason usually follows it ("Enlargement fatigue has set in ..."); so with any other
        # question answered by a topic sentence that restates it ("What contradiction does Vučić's government face over
        # arms?" / "Vučić's government faces its own contradictions on the arms procurement issue."): what the sentence
        # only names, the next one says
        restates = (kind == "reason" and not best.kind_ok) or \
            (kind is None and term_share(best.text, question) >= 1 - w.restates_question)
        if restates and following and following[0].index == best.index + 1 and following[0] not in chosen:
            chosen.append(following[0])
        # "... from these domestic challenges", "They were the only NATO fatalities": the sentence before
        # says which, or who; quote it too (and why, for a result: "Thus, few ... expected NATO intervention")
        # (and "Which party ...?" answered by "The party retains close affiliations to ...": the sentence before names it)
        which, the_noun = _ASKS_WHICH.match(question), _OPENS_WITH_THE.match(best.text)
        names_which = bool(which and the_noun) and content_terms(which.group(1))[:1] == content_terms(the_noun.group(1))[:1] != []
        if best.before and (_goes_on_from_before(best.text) or names_which
                            or (_ASKS_INSTEAD.search(question) and _INSTEAD.match(best.text))
                            or (kind == "reason" and _RESULT_OF_BEFORE.match(best.text))) \
                and not any(c.n == best.n and c.end <= best.start for c in chosen):
            start, end, text = best.before
            chosen.append(Candidate(n=best.n, start=start, end=end, text=text, index=best.index - 1))
        return sorted(chosen, key=lambda c: (c.n != best.n, c.n, c.start))
