"""The answer chain, in one place: a question goes in, a cited answer comes out.

    question (+ history)
      -> completed question  a fragment ("And of Kosovo?") asks the previous question again about it;
                             "that company" becomes the company the previous exchange names ("the company Baykar")
      -> retrieval query     follow-ups ("And who runs that company?") carry the previous turn
      -> hybrid retrieval    BM25 + vectors in Chroma, fused (app/retrieval.py); a question naming
                             something (or an attribute: "the wingspan of") no passage mentions gets no sources
      -> numbered sources    [1] .. [k], best first
      -> generation          extractive sentences or an OpenAI-compatible LLM (app/components/llm.py)
      -> citation check      every [n] must point at a passage that supports its sentence;
                             unsupported markers are dropped; no supported claim -> "the sources do not say"
"""

import re
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

from app.components.llm import DECLINE, GenerationInput, Generator
from app.extractive import SentenceScorer, asked_attribute, asked_post, comparison_parts, measured_thing, with_borrowed_names
from app.lexicon import shared_lexicon, terms_with_verbs
from app.retrieval import Chunk, HybridRetriever
from app.text import AGE_BOUNDS, LONG_NAME, NAME, NAME_RUN, POSSESSIVE, STOPWORDS, content_terms, named_terms, one_word_for_phrases, same_name, sentence_spans, term_share

_NATIONAL_DESIGNATION = re.compile(r"national\s+([a-z]+)", re.I)  # "national flower", "national dish"
_NATIONAL_SYMBOLS = re.compile(r"^national symbol(?:\(s\)|s)?:?[ \t]*\n?[ \t]*(.+)$", re.I | re.M)  # (a fact sheet's field)
_MARKER = re.compile(r"\s*\[(\d+(?:\s*,\s*\d+)*)\]")
_MARKER_RUN = re.compile(r"(?:\s*\[\d+(?:\s*,\s*\d+)*\])+")
# an office of a country, named by the office rather than its holder: "Kosovo's president", "the Turkish leader",
# "the Serbian prime minister" (group 1 or 2: the country or its people; group 3: the office)
_COUNTRY_OFFICE = re.compile(r"\b(?:([A-ZÀ-Ž][\w-]+)['’]s|(?i:the)\s+([A-ZÀ-Ž][\w-]+))\s+"
                             r"(president|prime\s+minister|premier|leader|head\s+of\s+state|head\s+of\s+government)\b")
# ... and its holder, as a fact sheet's "Executive branch" names the holder (the surname in capitals: "President Vjosa
# OSMANI-Sadriu", "Acting Prime Minister Albin KURTI")
_HOLDER_LINES = {"state": re.compile(r"chief of state:\s*(?:Acting\s+)?President\s+(?:[A-ZÀ-Ž][\w'’.-]*\s+){0,3}?"
                                     r"([A-ZÀ-Ž]{2,})\b"),
                 "government": re.compile(r"head of government:\s*(?:Acting\s+)?Prime\s+Minister\s+"
                                          r"(?:[A-ZÀ-Ž][\w'’.-]*\s+){0,3}?([A-ZÀ-Ž]{2,})\b")}
_ASKS_HOLDER = re.compile(r"^\W*(?:(?:and|but|so)\s+)?who\s+(?:is|was|are|were|has\s+been)\b", re.I)

_FOLLOW_UP = re.compile(
    r"^\s*(?:and|but|so|also|what about|how about)\b|\b(?:he|him|his|she|her|it|its|they|them|their|"
    r"this|those|these|there|then)\b|"
    # "that company", "after that?"; not the "that" of "said that no more forces would be sent" or "that Serbia ..."
    r"\bthat\b(?!\s+(?:no|not|the|a|an|he|she|it|they|we|i|you|there|his|her|its|their|this|these|those|some|any|all|"
    r"every|each|many|most)\b|\s+(?-i:[A-ZÀ-Ž]))", re.I)
RERANK_POOL = 20  # fused candidates reranked by their best sentence
KEEP_FUSED = 2  # the fused ranking's best passages, kept among the top_k whatever the rerank says
MIN_CLAIM_OVERLAP = 0.5  # share of a claim's terms its cited passage must contain ...
MIN_CLAIM_MEANING = 0.6  # ... or the cosine between the claim and the passage's closest sentence


def _numbers(marker_run: re.Match) -> list[int]:
    """The source numbers a run of markers names: " [1][3, 4]" -> [1, 3, 4]."""
    return [int(x) for x in re.findall(r"\d+", marker_run.group(0))]


@dataclass
class Citation:
    n: int
    doc_id: str
    title: str
    url: str | None
    chunk_id: str
    text: str
    start: int  # offsets of the passage in its document
    end: int
    score: float
    quote: str  # the sentence of the passage that supports the claim
    quote_start: int  # offsets of that sentence in the document
    quote_end: int


@dataclass
class Answer:
    answer: str
    citations: list[Citation] = field(default_factory=list)
    grounded: bool = False
    query: str = ""  # what was sent to retrieval
    retrieved: list[Chunk] = field(default_factory=list)  # for evaluation; not part of the API response
    timings: dict[str, float] = field(default_factory=dict)  # seconds: retrieval, generation

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k in ("answer", "citations", "grounded")}


def _held_verbatim(claim: str, text: str) -> tuple[int, int] | None:
    """Where the text holds the claim word for word (whitespace aside; after a leading "Name: " that names the side of
    a comparison), when the claim runs over more than one line."""
    claim = claim.strip()
    if "\n" not in claim:
        return None
    words = re.sub(r"^[^:\n]{1,40}:\s+(?=\S[^\n]*\n)", "", claim, count=1).split()
    found = re.search(r"\s+".join(map(re.escape, words)), text)
    return found.span() if found else None


def strip_markers(text: str) -> str:
    return _MARKER.sub("", text).strip()


def _previous_exchange(history: list[dict]) -> str:
    """The last question and answer, as one text without citation markers."""
    return " ".join(strip_markers(t.get("content", "")) for t in history[-2:])


_THE_THING = re.compile(r"\b[Tt]he\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)")  # (a thing in lower case: not "the EU")


def _is_follow_up(question: str, history: list[dict]) -> bool:
    """A question that refers back ("And who runs that company?"), one with no term of its own ("Why?"), or a short
    one (two terms at most) that names nothing the previous exchange did not ("How did Serbia react?" after the arrest
    of a Serbian official; not "What is the population of Kosovo?" after Serbia's), or a longer one that names nothing
    new and speaks of "the" thing the previous exchange told of."""
    if not history:
        return False
    terms = set(content_terms(question))
    if _FOLLOW_UP.search(question) or not terms:
        return True
    before = set(content_terms(_previous_exchange(history)))
    names_nothing_new = all(any(same_name(name, term) for term in before) for name in named_terms(question))
    if len(terms) <= 2:
        return names_nothing_new
    # a longer one that names nothing new is one when it speaks of "the" thing the previous exchange told of: "How many
    # people died in the demonstrations?" after "... a state of emergency due to violent demonstrations"
    return names_nothing_new and any(set(content_terms(thing.group(1))) & before for thing in _THE_THING.finditer(question))


_BOUNDS = tuple(bound for bound in AGE_BOUNDS if bound.isalpha() and bound != "aged")  # (the one-word ones: "And over 65?")
_ELLIPSIS = re.compile(r"^\s*(?:and|what about|how about)\s+(?P<fragment>(?:(?P<preposition>of|for|in|about|with|at|from|on|by|during|"
                       rf"since|among|{'|'.join(_BOUNDS)})\s+)?"
                       r"(?P<rest>(?:\S+\s*){1,4}?))\s*\??\s*$", re.I)


_YEARS_AWAY = re.compile(r"^\s*(?:and|what about|how about)\s+(?:"
                         r"(?:(?:a|an|the)\s+)?(?:(?P<count>one|two|three|four|five|\d{1,2})\s+)?years?\s+(?P<way>earlier|before|later|after|on)|"
                         r"(?:in\s+)?the\s+(?P<way2>previous|prior|next|following)\s+year)\s*\??\s*$", re.I)
# (a year from 1000 to 2099 that a preposition dates by: "in 2024", "since the 1999 war"; not "Resolution 1244")
_A_YEAR = re.compile(r"\b(?:in|of|since|by|during|until|for|from|to|after|before)\s+(?:the\s+)?((?:1\d|20)\d\d)\b", re.I)
_NUMBER_OF_YEARS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def completed_question(question: str, history: list[dict]) -> str:
    """A follow-up that is only a fragment ("And of Kosovo?", "What about Turkey?") asks the previous
    question again about what it names: "What is the population of Serbia?" -> "What is the population
    of Kosovo?" (the previous question's last name is replaced; a fragment that names nothing, "And in
    1999?", is added to it; "And a year earlier?" moves its one year). A previous question that was a fragment itself
    is completed first. Any other question, and a fragment that refers back ("And its population?"), is returned as
    it is."""
    asked = [i for i, turn in enumerate(history) if turn.get("role") == "user" and turn.get("content")]
    # "And a year earlier?" after "... in 2024?" asks it again of 2023 (the previous question's one year, moved)
    shifted = _YEARS_AWAY.match(question)
    if shifted and asked:
        frame = completed_question(history[asked[-1]]["content"], history[:asked[-1]]).strip().rstrip("?").strip()
        years = set(_A_YEAR.findall(frame))
        if len(years) == 1:
            year = years.pop()
            away = _NUMBER_OF_YEARS.get((shifted["count"] or "one").lower()) or int(shifted["count"])
            away *= -1 if (shifted["way"] or shifted["way2"]).lower() in ("earlier", "before", "previous", "prior") else 1
            return _A_YEAR.sub(lambda dated: dated[0].replace(year, str(int(year) + away)), frame) + "?"
    found = _ELLIPSIS.match(question)
    if not found or not asked or _FOLLOW_UP.search(found["rest"]) or \
            re.search(r"\b(?:who|whom|whose|what|which|when|where|why|how)\b", found["rest"], re.I):
        return question
    frame = completed_question(history[asked[-1]]["content"], history[:asked[-1]]).strip().rstrip("?").strip()
    fragment = found["fragment"].strip().rstrip("?").strip()
    rest = found["rest"].strip().rstrip("?").strip()
    core = re.sub(r"^(?:the|a|an)\s+", "", rest, flags=re.I)
    names = [m for m in NAME_RUN.finditer(frame) if m.start() > 0]  # not the question's opening word
    if core[:1].isupper() and names:
        last = names[-1]
        # (a possessive in place of the previous question's last possessive: "And of Serbia's?" after "What share of
        # Turkey's GDP ...?" is of Serbia's GDP, not of "Turkey's Serbia's")
        owners = [name for name in names if frame[name.end():name.end() + 2] in ("'s", "’s")]
        if rest.endswith(("'s", "’s")) and owners:
            last = owners[-1]
        after = frame[last.end():]
        if after[:2] in ("'s", "’s"):  # "Who is Kurti's deputy?" + "And Osmani's?"
            rest = POSSESSIVE.sub("", rest)
        return f"{frame[:last.start()]}{rest}{after}?"
    # ... and so does one whose words before a name are the ones before the previous question's last name: "And the
    # average Serbian?" after "How old is the average Kosovar?"
    named_end = re.search(r"^(?P<words>(?:[a-z]+\s+)+)(?P<name>(?-i:[A-ZÀ-Ž])[\w'’-]*)$", rest)
    if named_end and names and frame[:names[-1].start()].lower().endswith(named_end["words"].lower()):
        return f"{frame[:names[-1].start()]}{named_end['name']}{frame[names[-1].end():]}?"
    # "And from services?" after "What share of Kosovo's GDP comes from industry?" asks it again with the phrase its
    # own preposition opens in place of the one that ends that question, when both are of a sort (words, or figures:
    # "And in 1999?" after "... in 1998?"; not after "... in Kosovo?")
    preposition = found["preposition"]
    # (a bound in place of a bound: "And over 65?" after "What share of Kosovo's people are under 15?")
    if preposition and preposition.lower() in _BOUNDS:
        preposition = "(?:" + "|".join(_BOUNDS) + ")"
    ending = re.search(rf"\b{preposition}\s+((?:the\s+)?[\w-]+(?:\s+[\w-]+){{0,2}})$", frame, re.I) if preposition else None
    if ending and all(word[:1].islower() or word[:1].isdigit() for word in (ending.group(1), core)) \
            and ending.group(1)[:1].isdigit() == core[:1].isdigit():
        return f"{frame[:ending.start()]}{fragment}?"
    # "And spirits?" after "How much beer do Turks drink?" asks it again of the thing it names, in place of the one the
    # previous question measured or counted
    measured = re.match(r"^(\W*how\s+(?:much|many)\s+)([a-z][\w-]*)\b", frame, re.I)
    if not preposition and measured and core[:1].islower() and len(core.split()) <= 2:
        return f"{measured.group(1)}{core}{frame[measured.end():]}?"
    # ... and "And industry?" after "How big a part of Serbia's economy is farming?" in place of the thing the previous
    # question's closing "is ..." names
    closing = re.search(r"\b(?:is|are|was|were)\s+([a-z][\w-]*)$", frame)
    if not preposition and closing and core[:1].islower() and len(core.split()) <= 2:
        return f"{frame[:closing.start(1)]}{core}?"
    return f"{frame} {fragment}?"


_PART_OF_IT = re.compile(r"\bhow much of\s+(it|that|this)\s+(?:(?:is|are|was|were|gets|got)\s+(?:\w+ly\s+)?(\w+)|"
                         r"(?:do|does|did)\s+(?:it|they|(?-i:[A-Z])[\w'’-]*)\s+\w+)", re.I)  # (... "does it import")
# ... and "How much does it import?" after "How much coal does Serbia produce?" asks how much coal (the measured thing
# goes in where the bare "how much" leaves it out)
_HOW_MUCH_IT = re.compile(r"^\W*(?:(?:and|but|so)\s+)?how\s+much\b(?=\s+(?:do|does|did)\s+(?:it|they)\s+\w+\s*\?*\s*$)", re.I)
# ... as does "And how much does Kosovo import?" after "How much coal does Turkey import?" (the same question of another
# place: its opening "and" carries the measured thing over, where a question of its own would ask the total)
_AND_HOW_MUCH_NAMED = re.compile(r"^\W*and\s+how\s+much\b(?=\s+(?:do|does|did)\s+(?:the\s+)?(?-i:[A-ZÀ-Ž])[\w'’-]*"
                                 r"(?:\s+(?-i:[A-ZÀ-Ž])[\w'’-]*)*\s+[a-z]\w*\s*\?*\s*$)", re.I)
# what a question asks the amount of by its use or its making: "What is Kosovo's annual electricity consumption?"
_AMOUNT_OF = re.compile(r"^\W*what\s+(?:is|was|are|were)\s+(?:the\s+)?[\w'’-]+['’]s?\s+(?:annual\s+|yearly\s+|total\s+)?"
                        r"([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:consumption|production|output|use)\b", re.I)
_DEMONSTRATIVE = re.compile(r"\b(?:that|this)\s+((?-i:[a-z]+))\b(?!\s*(?:of|is|was|are|were|has|had)\b)", re.I)


def resolved_question(question: str, history: list[dict]) -> str:
    """A follow-up's "that company" is the company the previous exchange names: "And who runs that company?"
    after "... manufactured by Turkish defense company Baykar ..." -> "And who runs the company Baykar?" (the
    name right next to the word, after it or before it: "company Baykar", "the Serbian Oil Industry company";
    the answer is read before the question). Any other question is returned as it is."""
    previous_question = next((t["content"] for t in reversed(history) if t.get("role") == "user"), "")
    # ("How much does it import?" after "How much coal ...?")
    bare = _HOW_MUCH_IT.search(question) or _AND_HOW_MUCH_NAMED.search(question)
    if bare and (thing := measured_thing(previous_question)):
        return f"{question[:bare.end()]} {thing}{question[bare.end():]}"
    # ... and "And how much of it is imported?" after "How much natural gas does Serbia consume?" asks of the natural gas
    # (what is done to it: "And how much of it is forest?" after "How much CO2 does Kosovo emit ...?" asks of Kosovo)
    part_of_it = _PART_OF_IT.search(question)
    lexicon = shared_lexicon()
    if part_of_it and part_of_it.group(2) and not (lexicon and lexicon.is_past_participle(part_of_it.group(2))):
        part_of_it = None
    asked_before = previous_question if part_of_it else ""
    amount_of = _AMOUNT_OF.search(asked_before)
    measured = measured_thing(asked_before) or (amount_of.group(1) if amount_of else None)
    if measured:
        return f"{question[:part_of_it.start(1)]}the {measured}{question[part_of_it.end(1):]}"
    found = _DEMONSTRATIVE.search(question)
    if not found or not history:
        return question
    noun = found.group(1).lower()
    for turn in reversed(history[-2:]):
        text = strip_markers(turn.get("content", ""))
        for word in re.finditer(rf"\b{re.escape(noun)}\b", text, re.I):
            after = re.match(r"\s+(" + NAME_RUN.pattern + ")", text[word.end():])
            before = re.search(r"(?<![.!?]\s)(?<!^)\b(" + NAME_RUN.pattern + r")\s+$", text[:word.start()])
            if after and after.group(1).lower() not in STOPWORDS:
                return f"{question[:found.start()]}the {found.group(1)} {after.group(1)}{question[found.end():]}"
            if before and before.group(1).lower() not in STOPWORDS:
                return f"{question[:found.start()]}the {before.group(1)} {found.group(1)}{question[found.end():]}"
        # ... or the name the word stands in apposition to: "the Board of Judges and Prosecutors, a 13-member body"
        apposed = re.search(rf"({LONG_NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(noun)}\b", text, re.I)
        if apposed:
            return f"{question[:found.start()]}the {apposed.group(1)}{question[found.end():]}"
    return question


def _asks_of_what_was_said(question: str, history: list[dict]) -> bool:
    """A question asked only with words the previous exchange holds (in a verb's form: "led" is "lead"): "What did
    Belgrade's response lead to?" after "..., and Belgrade's repressive response led to an insurgency". (Not one
    ``resolved_question`` has rewritten: the names it gives it come from that exchange.)"""
    terms = set(content_terms(question))
    return bool(history) and bool(terms) and terms <= terms_with_verbs(_previous_exchange(history), shared_lexicon())


def retrieval_query(question: str, history: list[dict], follow_up: bool | None = None) -> str:
    """The question, preceded by the previous exchange when it reads as a follow-up (``follow_up``: whether it does,
    when known)."""
    if not (_is_follow_up(question, history) if follow_up is None else follow_up):
        return question
    previous = [strip_markers(t["content"]) for t in history[-2:] if t.get("content") and t["content"] != DECLINE]
    return " ".join(previous) + " " + question


def focused_question(question: str, history: list[dict], follow_up: bool | None = None) -> str:
    """The question sentences are scored against: a follow-up gains the names of the previous
    exchange ("And who runs that company?" -> "... (Baykar, Turkish, Skydagger)"), not its wording."""
    if not (_is_follow_up(question, history) if follow_up is None else follow_up):
        return question
    names: list[str] = []
    for turn in history[-2:]:
        for name in NAME.findall(strip_markers(turn.get("content", ""))):
            if name.lower() not in STOPWORDS and name not in names and name not in question:
                names.append(name)
    return with_borrowed_names(question, names[:8])


def _interleaved(rankings: list[list[Chunk]]) -> list[Chunk]:
    """The passages of several rankings taken in turn, first to last, each once."""
    return list({chunk.id: chunk for row in zip(*rankings) for chunk in row}.values())


class AnswerChain:
    def __init__(self, retriever: HybridRetriever, generator: Generator, scorer: SentenceScorer) -> None:
        self.retriever = retriever
        self.generator = generator
        self.scorer = scorer  # sentence embeddings, shared with the extractive answerer

    def stream(self, question: str, history: list[dict] | None = None, top_k: int | None = None
               ) -> Iterator[str | Answer]:
        """Pieces of answer text as they are generated, then the checked Answer."""
        history = history or []
        started = time.perf_counter()
        asked, question = question, self.with_office_holders(resolved_question(completed_question(question, history), history))
        follow_up = _is_follow_up(question, history) or (question == asked and _asks_of_what_was_said(question, history))
        query = retrieval_query(question, history, follow_up)
        focus = focused_question(question, history, follow_up)
        chunks = self.search(query, top_k, focus=focus)
        # A name no passage mentions ("Which Danish forces ...?" where only Norwegian ones are) cannot be
        # answered about: the nearest passages would answer about someone else; nor an attribute asked for by
        # name that none mentions ("What was the wingspan of ...?"), nor a national designation ("national flower")
        if self.retriever.unknown_names(question) or self.unknown_attribute(question) or \
                self.unknown_designation(question, chunks):
            chunks = []
        retrieved_at = time.perf_counter()
        sources = {n: chunk for n, chunk in enumerate(chunks, start=1)}
        given = GenerationInput(
            question=focus, sources=list(sources.items()),
            history=history, idf=self.retriever.idf, titles=self.retriever.titles(),
        )
        if not chunks:
            yield DECLINE
            yield Answer(answer=DECLINE, query=query)
            return
        pieces = []
        for piece in self.generator.stream(given):
            pieces.append(piece)
            yield piece
        answer = self.check_citations("".join(pieces).strip(), sources, query)
        answer.retrieved = chunks
        answer.timings = {"retrieval": retrieved_at - started, "generation": time.perf_counter() - retrieved_at}
        yield answer

    def with_office_holders(self, question: str) -> str:
        """The question with the holder's name after each office of a country it names ("How did Kosovo's president
        describe the Turkish leader?" -> "... Kosovo's president Osmani ... the Turkish leader Erdogan?"): the
        sentences that answer name the holder, not the office. The holder is the one a fact sheet of that country
        gives now, so not for a question that asks for the holder, nor one of a year ("Serbia's president in 1989")."""
        if _ASKS_HOLDER.match(question) or re.search(r"\b(?:1[89]|20)\d\d\b", question):
            return question
        for found in reversed(list(_COUNTRY_OFFICE.finditer(question))):
            country = content_terms(found.group(1) or found.group(2))
            branch = "state" if found.group(3).lower() in ("president", "leader", "head of state") else "government"
            holder = next((line.group(1) for chunk in self.retriever.retrieve(f"{found.group(0)} executive branch chief of "
                                                                                 "state head of government")
                           if country and any(same_name(country[0], t) for t in content_terms(chunk.title))
                           for line in [_HOLDER_LINES[branch].search(chunk.text)] if line), None)
            if holder and not re.search(rf"\b{re.escape(holder)}\b", question, re.I):
                question = f"{question[:found.end()]} {holder.capitalize()}{question[found.end():]}"
        return question

    def unknown_attribute(self, question: str) -> bool:
        """The attribute the question asks for by name ("the wingspan of ...") is in no passage, in no form WordNet
        gives for it; or the post whose holder it asks for ("the rector of ...") is in no passage by its own word
        (WordNet's words for a post name other posts: its "rector" is also a "minister")."""
        post = asked_post(question)
        if post and content_terms(post):
            return not self.retriever.holds_term(content_terms(post)[0])
        attribute = asked_attribute(one_word_for_phrases(question))  # (in a fact sheet's words: "jobless" -> "unemployed")
        if not attribute:
            return False
        lexicon = self.scorer.lexicon
        # the attribute's noun, and a word before it that can only be a noun ("divorce rate"; not "longest river", which
        # the sources may tell by other words: "by length")
        *before, noun = attribute.split()
        words = [noun] + [word for word in before if lexicon and lexicon.is_noun_only(word)]
        return any(not any(self.retriever.holds_term(form) for form in {term} | (lexicon.related(term) if lexicon else set()))
                   for word in words for term in content_terms(word))

    def unknown_designation(self, question: str, chunks: list[Chunk]) -> bool:
        """A national designation asked for ("Serbia's national flower") is told by its name in a passage found for the
        question, or by a national symbol of its kind ("National symbol(s) / white double-headed eagle" gives a national
        animal: WordNet files the eagle under animals); a word held elsewhere ("flowers" thrown at soldiers) tells none."""
        attribute = asked_attribute(one_word_for_phrases(question))
        designation = _NATIONAL_DESIGNATION.fullmatch(attribute or "")
        if not designation:
            return False
        kind = designation.group(1).lower()
        singular = re.escape(kind.removesuffix("s")).replace("our", "ou?r")  # ("colours" are a fact sheet's "colors")
        if any(re.search(rf"\bnational\s+{singular}", chunk.text, re.I) for chunk in chunks):
            return False
        # (the passages found for the question may not hold the subject's national symbols: they are looked for by name)
        of_symbols = self.retriever.retrieve(re.sub(rf"\bnational\s+{kind}\b", "national symbol", question, flags=re.I))
        symbols = [word for chunk in chunks + of_symbols for line in _NATIONAL_SYMBOLS.findall(chunk.text)
                   for word in re.findall(r"[A-Za-z]+", line)]
        lexicon = self.scorer.lexicon  # (without WordNet no symbol can be told of a kind: only the designation's name tells it)
        return not (lexicon and any(lexicon.is_a(word, kind) for word in symbols))

    def ask(self, question: str, history: list[dict] | None = None, top_k: int | None = None) -> Answer:
        *_, answer = self.stream(question, history, top_k)
        return answer

    def search(self, query: str, top_k: int | None = None, focus: str | None = None) -> list[Chunk]:
        """Retrieval only: fused candidates reranked by their best sentence, best ``top_k`` first."""
        top_k = top_k or self.retriever.settings.top_k
        parts = comparison_parts(focus or query)
        if parts:  # "..., Serbia or Kosovo?": the passages about each alternative, taken in turn
            return _interleaved([self.search(question, top_k) for _, question in parts])[:top_k]
        pool = max(RERANK_POOL, top_k)
        candidates = self.retriever.retrieve(query, pool)
        if focus and focus != query:
            # a follow-up's own words find its passages too ("And what happened to its own precision missile
            # stocks?"), which the previous exchange's words, read with it, may crowd out of the pool
            candidates = _interleaved([candidates, self.retriever.retrieve(focus, pool)])[:pool]
        chosen = self.rerank(focus or query, candidates, self.retriever.idf)[:top_k]
        # The rerank judges a passage by one sentence; the fused retrievers' two best stay in the
        # window as a hedge (dev+related hit@5 0.963 -> 0.981, nothing else moved; evals/README.md).
        # (the ones they replace come off the rerank's tail, never one of the two itself)
        protected = candidates[:KEEP_FUSED] if top_k > KEEP_FUSED else []
        kept = [c for c in protected if c not in chosen]
        excess = max(0, len(chosen) + len(kept) - top_k)
        replaced = [c for c in chosen if c not in protected][::-1][:excess]
        return [c for c in chosen if c not in replaced] + kept

    def rerank(self, question: str, chunks: list[Chunk], idf) -> list[Chunk]:
        """Passages ordered by their best sentence's support for the question (measured: hit@1
        0.63 -> 0.74 on dev + related; evals/README.md). Fused rank breaks ties."""
        ranked = self.scorer.score(question, list(enumerate(chunks)), idf, indexed_titles=self.retriever.titles())
        best: dict[int, float] = {}
        for cand in ranked:
            best.setdefault(cand.n, cand.score)
        order = sorted(range(len(chunks)), key=lambda i: (-best.get(i, 0.0), i))
        return [chunks[i] for i in order]

    # --- citation check ------------------------------------------------------------------------
    def check_citations(self, text: str, sources: dict[int, Chunk], query: str) -> Answer:
        if not text or text.startswith(DECLINE.rstrip(".")):
            return Answer(answer=DECLINE, query=query)
        # A marker naming no source ("[30]", a footnote mark copied from a Wikipedia passage) is not
        # a citation: drop it, so that the claim runs on to its real marker.
        text = _MARKER_RUN.sub(lambda run: run.group(0) if set(_numbers(run)) & sources.keys() else "", text)
        # Each run of markers cites the text between it and the previous run.
        kept_text, citations, pos = [], {}, 0
        for run in _MARKER_RUN.finditer(text):
            claim = text[pos:run.start()]
            kept = []
            for n in dict.fromkeys(_numbers(run)):
                support = self._support(claim, sources[n]) if n in sources else None
                if support is not None:
                    kept.append(n)
                    citations.setdefault(n, self._citation(n, sources[n], *support))
            kept_text.append(claim + "".join(f" [{n}]" for n in kept))
            pos = run.end()
        kept_text.append(text[pos:])
        if not citations:
            return Answer(answer=DECLINE, query=query)
        return Answer(answer="".join(kept_text).strip(), citations=sorted(citations.values(), key=lambda c: c.n),
                      grounded=True, query=query)

    def _support(self, claim: str, chunk: Chunk) -> tuple[int, int, float] | None:
        """(start, end, strength) of the passage sentence that supports ``claim``, or None."""
        # a claim the passage holds word for word supports itself, over however many of its lines it runs (a fact sheet's
        # field: "Unemployment rate / 7.4% (2024 est.) / 8.3% ...", after the name of the side of a comparison it
        # answers for, "Serbia: "), which no single line of it holds in the share asked below
        quoted = _held_verbatim(claim, chunk.text)
        if quoted:
            return (*quoted, 1.0)
        best = None
        spans = [(s, e) for s, e in sentence_spans(chunk.text) if chunk.text[s:e].strip()]
        if not spans:
            return None
        for s, e in spans:
            overlap = term_share(claim, chunk.text[s:e])
            if best is None or overlap > best[2]:
                best = (s, e, overlap)
        if best[2] >= MIN_CLAIM_OVERLAP:
            return best
        meanings = self.scorer.embed_sentences([chunk.text[s:e] for s, e in spans]) @ \
            self.scorer.embed_sentences([claim])[0]
        i = int(meanings.argmax())
        return (*spans[i], float(meanings[i])) if meanings[i] >= MIN_CLAIM_MEANING else None

    @staticmethod
    def _citation(n: int, chunk: Chunk, start: int, end: int, _strength: float) -> Citation:
        return Citation(
            n=n, doc_id=chunk.doc_id, title=chunk.title, url=chunk.url, chunk_id=chunk.id, text=chunk.text,
            start=chunk.start, end=chunk.end, score=round(chunk.score, 6), quote=chunk.text[start:end].strip(),
            quote_start=chunk.start + start, quote_end=chunk.start + end,
        )
