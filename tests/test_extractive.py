"""The embedded answerer on structured text and dated facts (real store, real model, invented document)."""

from dataclasses import replace

import pytest

from app.components.llm import DECLINE, ExtractiveGenerator, GenerationInput
from app.chain import _asks_of_what_was_said, completed_question, resolved_question, retrieval_query
from app.extractive import Candidate, SentenceScorer, Weights, _abbreviations, _has_kind, _names_other_subject, _names_person, \
    _names_someone_else, answer_kind, comparison_parts, own_words, with_borrowed_names
from app.retrieval import Chunk
from app.services import Dossier
from app.text import content_terms, is_heading, named_terms, one_word_for_phrases, spell_out_titles
from ingest.chunking import split_into_chunks
from tests.conftest import make_settings

FACT_SHEET = """Almaria Fact Sheet

- The Duke of Almaria banned salt exports to Ostria in 1870, angering the merchants of Portville

Background

The Duchy of Almaria was founded in 1312 by river traders from the north. The harbour hosts the annual
lantern regatta.[12] Almaria joined the Coastal League in 1998 after a referendum. A census
found that 40,000 of the population of Almaria fish for a living.

The siege of Portville began on 3 May 1420, when the fleet of Ostria laid siege to the port of Portville.

The siege went on from 3 May to 9 August 1420, and the town never fell.

The lighthouse of Portville was built by Genoese engineers in 1502,[7] after a storm sank the grain fleet.[8]

Population
total: 2,345,678 (2024 est.)

Major urban areas - population
310,000 PORTVILLE (capital) (2020)

Budget
revenues: $3.2 billion (2020 est.)

The Duke of Almaria issued a decree in March 1870. He banned all salt exports from Almaria to Ostria that spring.

Fishing quotas were cut and the harbour tax doubled in 1988. These hardships drove many families of Almaria to emigrate.

Students in Portville have marched every week since the spring. These marches target the salt monopoly and its prices.

The old harbour of Portville has lost its trade. Silt from the river blocked the channel and ships moved to Westhaven.

The lantern regatta is held on May 5 each year.

Coastline
410 km

Flag
description: a green field with three gold fish

meaning: the fish stand for the river clans that founded the duchy

National anthem(s)
title: "The Lantern Song"

Legislative branch
legislature name: Almarian Diet
number of seats: 77 (all directly elected)

The charter of the duchy reserves 5 seats in the Almarian Diet for the river clans and one for the guilds.

Military expenditures
2.1% of GDP (2024 est.)

Output - composition, by sector of origin
farming: 12% (2024 est.)
fishing: 30% (2024 est.)
shipping: 58% (2024 est.)

The Duchess of Almaria spoke at the harbour of Portville in 1920. "We will never again sell grain to Ostria," she said.

"Last year I begged the Duke to stop taxing salt," the mayor of Portville said in 1931. "I also asked the guilds to stop doing it."

The Duchess of Almaria visited the lighthouse of Portville in 1925. On her return to the capital, she ordered a new lamp from Westhaven.

The treaty of 1921 brought virtually no change to the salt trade of the duchy.

A long dispute surrounds the Salt Guild of Portville. This body, founded in 1544, holds the monopoly on the trade.

The Council of Almaria met at Portville in the winter of 1911 after the floods. The members came from every town of the duchy. It called for a new sea wall along the harbour.

Mayor Tomas Brel of Portville opened the new fish market in 1931.

Two keepers of the lighthouse, Anna Vell and Marco Dane, drowned in the storm of 1702. They were the only keepers ever lost at sea.
"""

OSTRIA = """Ostria Fact Sheet

Population
total: 870,000 (2024 est.)

Capital
name: Ostgard

National anthem(s)
name: "Hymn of the Towers"

Military expenditures
3.4% of GDP (2024 est.)
"""


OSTRIAN_POWER = """Ostrian power sources
wind: 40% of total capacity (2023 est.)
solar: 35% of total capacity (2023 est.)
fossil fuels: 25% of total capacity (2023 est.)"""


@pytest.fixture(scope="module")
def almaria(tmp_path_factory) -> Dossier:
    tmp = tmp_path_factory.mktemp("almaria")
    docs = tmp / "docs"
    docs.mkdir()
    (docs / "almaria.txt").write_text(FACT_SHEET)
    (docs / "ostria.txt").write_text(OSTRIA)
    dossier = Dossier(make_settings(tmp, corpus_dir=docs))
    assert not dossier.ingest.ingest_paths([docs]).failed
    return dossier


def passages_answer(dossier: Dossier, question: str, chunks: list[Chunk]) -> str:
    """The embedded answerer's reply from invented passages, every term weighing the same (what other tests
    index does not move it)."""
    given = GenerationInput(question=question, sources=list(enumerate(chunks, 1)), idf=lambda term: 1.0)
    return "".join(ExtractiveGenerator(dossier.scorer, 0.0).stream(given))


def weighted_answer(dossier: Dossier, question: str, chunks: list[Chunk], heavy: str) -> str:
    """``passages_answer`` with one term (``heavy``, as ``content_terms`` stems it) weighing three times the others, as a
    word few passages hold weighs on the real sheets."""
    given = GenerationInput(question=question, sources=list(enumerate(chunks, 1)),
                            idf=lambda term: 3.0 if term == heavy else 1.0)
    return "".join(ExtractiveGenerator(dossier.scorer, 0.0).stream(given))


def one_passage_answer(dossier: Dossier, question: str, text: str) -> str:
    """The embedded answerer's reply from one invented passage (``passages_answer``)."""
    return passages_answer(dossier, question, [Chunk(id="c", text=text, doc_id="d", title="Notes", url=None, start=0,
                                                     end=len(text))])


def titled_chunks(texts: dict[str, str]) -> list[Chunk]:
    """One invented passage per document, keyed by the document's title."""
    return [Chunk(id=str(n), text=text, doc_id=title, title=title, url=None, start=0, end=len(text))
            for n, (title, text) in enumerate(texts.items(), start=1)]


def fact_sheet_answer(dossier: Dossier, question: str, sheet: str) -> str:
    """The embedded answerer's reply from one invented passage of *The World Factbook: Almaria*."""
    return passages_answer(dossier, question, titled_chunks({"The World Factbook: Almaria": sheet}))


def assert_answers(dossier: Dossier, question: str, text: str, expected: str | None) -> None:
    """The answer from one invented passage holds ``expected``, or says the sources do not say when it is None."""
    answer = one_passage_answer(dossier, question, text)
    assert (expected in answer) if expected else answer == DECLINE, answer


def assert_quotes(dossier: Dossier, question: str, text: str, quoted: str, not_quoted: str) -> None:
    """The answer from one invented passage quotes ``quoted`` and leaves ``not_quoted`` out."""
    answer = one_passage_answer(dossier, question, text)
    assert quoted in answer and not_quoted not in answer, answer


def assert_fact_sheet_quotes(dossier: Dossier, question: str, sheet: str, quoted: str, not_quoted: str) -> None:
    """The answer from one invented passage of *The World Factbook: Almaria* quotes ``quoted`` and leaves ``not_quoted``
    out."""
    answer = fact_sheet_answer(dossier, question, sheet)
    assert quoted in answer and not_quoted not in answer, answer


def scored(dossier: Dossier, question: str, text: str, title: str = "Notes") -> list[Candidate]:
    """The candidates of one invented passage, best first, as the answerer scores them for ``question``."""
    chunk = Chunk(id="c", text=text, doc_id="d", title=title, url=None, start=0, end=len(text))
    return dossier.scorer.score(question, [(1, chunk)], dossier.retriever.idf)


def test_a_year_before_1800_answers_a_what_year_question(almaria):
    answer = almaria.chain.ask("In what year was the Duchy of Almaria founded?")
    assert "1312" in answer.answer and answer.grounded


def test_a_figure_for_another_year_does_not_answer(almaria):
    assert almaria.chain.ask("What was the budget of Almaria in 2025?").answer == DECLINE
    assert "3.2 billion" in almaria.chain.ask("What was the budget of Almaria in 2020?").answer


def test_a_fact_dated_otherwise_corrects_the_year_a_question_gives(almaria):
    answer = almaria.chain.ask("Why was the lighthouse of Portville built in 1490?")
    assert "1502" in answer.answer and answer.grounded


def test_an_ordinal_or_a_time_of_day_is_not_a_count(almaria):
    def counts(text: str) -> list[str]:
        return [c.text for c in scored(almaria, "How many monks lived in the monastery?", text)]
    assert counts("The monastery was built in the 14th century. The police reached the monastery at 17:27.") == []
    assert counts("Twelve monks lived in the monastery.") == ["Twelve monks lived in the monastery."]


def test_a_sentence_that_names_something_in_quotes_answers_how_it_was_described(almaria):
    def words(text: str) -> float:
        return scored(almaria, "How did the Duke describe the salt tax?", text)[0].words
    assert words("The Duke called the salt tax 'a necessary evil'.") == 1.0
    assert words('The Duke described the salt tax as "a burden on the poor".') == 1.0
    assert words("The Duke raised the salt tax twice.") < 1.0  # says nothing of how he saw it


def test_who_did_it_is_not_answered_by_a_passive_that_names_no_one(almaria):
    def answered_by(text: str) -> list[str]:
        return [c.text for c in scored(almaria, "Who trained the harbour pilots of Portville?", text, "Portville")]
    assert answered_by("The harbour pilots of Portville were trained to steer the grain fleet.") == []
    assert answered_by("The harbour pilots of Portville were trained by Genoese captains.") != []
    assert answered_by("Genoese captains trained the harbour pilots of Portville.") != []
    # ... nor after an adverb ("were also trained")
    assert answered_by("The harbour pilots of Portville were also trained to steer the grain fleet.") == []


def test_a_participle_after_which_tells_which_one_when_the_question_has_a_verb_of_its_own(almaria):
    """"Which attacker killed at Portville had once guarded the Duke?" asks who guarded him: "killed" tells which
    attacker, and the sentence that says who was killed, by no one named, answers."""
    text = ("Three raiders were killed at Portville. One of the raiders that was killed was identified as Tarn Vell, a "
            "former bodyguard of the Duke of Ostria.")
    assert_answers(almaria, "Which raider killed at Portville had once guarded the Duke of Ostria?", text, "Tarn Vell")


def test_at_what_time_asks_for_a_time_of_day(almaria):
    """"At what time did the guards reach the bridge?" is not answered by the sentence that dates the day the bridge
    was blocked, but by the one that gives the hour ("At around 2:30")."""
    text = ("Between 3 and 4 May 1420, two carts were placed on the bridge at Portville, blocking the road. "
            "The guards were told of it in the early morning. At around 2:30 three guard units arrived at the scene.")
    assert_quotes(almaria, "At what time did the guard units reach the blocked bridge at Portville?", text,
                  quoted="2:30", not_quoted="carts")


def test_when_a_thing_ended_is_told_by_its_span_not_by_its_start(almaria):
    """"When did the siege of Portville end?": "lasted from 3 May to 9 August 1420" tells its end; "began its siege on
    3 May" tells only its start, and does not answer (nor, asked when it began, does a sentence that tells only its end)."""
    text = ("On 3 May 1420 the guild began its siege of Portville. "
            "The siege of Portville lasted from 3 May to 9 August 1420, involving up to 900 men.")
    assert_quotes(almaria, "When did the siege of Portville end?", text, quoted="9 August", not_quoted="began")
    assert_answers(almaria, "When did the siege of Portville end?", "On 3 May 1420 the guild began its siege of Portville.",
                   None)
    assert_answers(almaria, "When did the siege of Portville begin?", "The siege of Portville ended on 9 August 1420.",
                   None)


def test_a_people_s_longer_word_names_what_its_shorter_word_names(almaria):
    """"the Belmarian delegation" is the Belmar delegation the question names ("Yugoslavian" / "Yugoslav"): the sentence
    that says who led it answers "Who headed ...?"."""
    text = ("The Westhaven talks opened in May. "
            "The Belmarian delegation was led by the envoy Tarn Vell, while the Duke remained in Portville.")
    assert_answers(almaria, "Who headed the Belmar delegation at Westhaven?", text, "Tarn Vell")


def test_who_did_it_to_what_the_question_names_is_told_by_a_sentence_about_that(almaria):
    """"Which guild captain captured Westhaven?": the sentence about Westhaven says it was captured, not by whom; that
    the guild captured another town, and a sentence naming a guild captain, do not answer."""
    text = ("The guild captured Ostgard in 1420. Westhaven was also captured that summer. "
            "Guild captain Oren Valt spoke at Portville in 1421.")
    assert_answers(almaria, "Which guild captain captured Westhaven?", text, None)
    assert_answers(almaria, "Which guild captain captured Westhaven?",
                   text.replace("Westhaven was also captured", "Westhaven was captured by Oren Valt"), "Oren Valt")


@pytest.mark.parametrize("question", ["Which company will train the harbour pilots of Portville?",
                                      "Which Genoese company trained the harbour pilots of Portville?"])
def test_which_x_did_it_is_not_answered_by_a_passive_that_names_no_one(almaria, question):
    def answered_by(text: str) -> list[str]:
        return [c.text for c in scored(almaria, question, text, "Portville")]
    assert answered_by("The harbour pilots of Portville were trained to steer the grain fleet.") == []
    assert answered_by("The harbour pilots of Portville were trained by the Genoese company Ligura.") != []


def test_a_name_the_sentence_leaves_to_its_passage_counts_half(almaria):
    def words(text: str) -> float:
        ranked = scored(almaria, "What targets can the Skydagger drones strike?", text)
        return next(c.words for c in ranked if c.text.startswith("The drones"))
    about_skydaggers = words("The Skydagger deal was signed in Portville. The drones can strike moving targets at night.")
    about_something_else = words("The harbour deal was signed in Portville. The drones can strike moving targets at night.")
    naming_them = words("The Skydagger deal was signed in Portville. The drones can strike moving Skydagger targets.")
    assert about_something_else < about_skydaggers < naming_them


def test_the_noun_of_a_deed_goes_on_from_the_sentence_that_tells_it(almaria):
    # (the sentence that tells the deed does not say how; "The confirmation was based on ..." does)
    text = ("On 2 May, Chairwoman Anna Brel of the Ostrian harbour authority confirmed reports in a public statement that "
            "Velmar was engaged in the construction of a depot in the vicinity of Korrin near the border. The confirmation "
            "was based on multiple evidence, including direct observations of personnel in the area and satellite images "
            "that provided visual confirmation of the ongoing construction. Concurrently, the Ostrian harbour authority "
            "confirmed that the depot had been reinforced.")
    assert_answers(almaria, "How did the Ostrian harbour authority confirm that Velmar was building a depot near Korrin?",
                   text, "satellite images")


def test_an_irregular_verb_s_form_meets_the_question_s_word_for_the_verb(almaria):
    # ("began" is "begin", which WordNet gives for "start")
    ranked = scored(almaria, "When did the Velmar Guard start moving into Portville?",
                    "On 12 June, the Velmar Guard began entering Portville.")
    assert content_terms("start")[0] not in ranked[0].missing
    # ... and "became" is "become" itself
    ranked = scored(almaria, "When did Tomas Vell become the guild's president?",
                    "Tomas Vell became the guild's president in 1924.")
    assert not ranked[0].missing


def test_a_pronoun_two_sentences_on_is_still_the_speaker_s(almaria):
    # ("She also claimed ..." after "According to her, ..." after "Mayor Lena Vos claimed ...": Vos speaks)
    text = ("Mayor Lena Vos claimed on radio that the harbour guards of Portville let a wounded sailor drown without "
            "helping him. According to her, they laughed while watching him and one of the guards said that it would not "
            "be a shame if the sailor drowned. She also claimed that private houses where elderly fishermen were living "
            "were fired at by the guards without reason, and that two fishermen were killed by sniper fire.")
    assert_answers(almaria, "How many fishermen did Vos say were killed by snipers?", text, "two fishermen")
    assert_answers(almaria, "What did Vos say the guards did to houses where elderly fishermen lived?", text, "fired at")


def test_a_section_heading_names_what_its_later_passages_count(almaria):
    # (a passage with no heading of its own sits under its section's: "NATO losses" over "32 unmanned aerial vehicles
    # (UAVs) from different nations were lost")
    text = "Military casualties were light on every side.\n\nDuring the war, 32 drones from different nations were lost."

    def under(section: str) -> Chunk:
        return Chunk(id="c", text=text, doc_id="d", title="The Ostrian War", url=None, start=0, end=len(text),
                     section=section)
    question = "How many drones did VTO nations lose?"
    assert "32 drones" in passages_answer(almaria, question, [under("VTO losses")])
    assert passages_answer(almaria, question, [under("Ostrian losses")]) == DECLINE


def test_how_old_wants_an_age():
    assert answer_kind("How old was the sergeant when he was killed?") == "age"
    assert not _has_kind("age", "Three militants were killed in 2023.")  # a count or a year is no age
    assert _has_kind("age", "The sergeant, a 35-year-old from Mitrovica, died.")
    assert _has_kind("age", "The sergeant was born in 1988 in Mitrovica.")


def test_a_footnote_mark_is_not_a_number(almaria):
    assert almaria.chain.ask("How many boats enter the lantern regatta?").answer == DECLINE


def test_a_how_long_question_wants_a_duration(almaria):
    answer = almaria.chain.ask("How long did the siege of Portville last?")
    assert "9 August" in answer.answer, answer.answer


def test_defined_acronyms_carry_their_long_form():
    text = ("Talks on the Association/Community of Serb-Majority Municipalities (ASM) stalled. "
            "Troops of the Kosovo Force (KFOR) patrol the north. The UN (United Nations) met.")
    found = _abbreviations(text)
    assert found["ASM"] == set(content_terms("Association/Community of Serb-Majority Municipalities"))
    assert found["KFOR"] == set(content_terms("Kosovo Force"))
    assert "UN" not in found  # the long form must come before the parenthesis


def test_a_sentence_that_refers_back_is_quoted_with_the_one_before(almaria):
    answer = almaria.chain.ask("Why did many families of Almaria emigrate?")
    assert "These hardships" in answer.answer and "harbour tax" in answer.answer, answer.answer


def test_footnote_marks_in_a_source_are_not_citations(almaria):
    answer = almaria.chain.ask("Who built the lighthouse of Portville?")
    assert answer.grounded and "Genoese" in answer.answer, answer.answer
    assert "[7]" not in answer.answer and "[8]" not in answer.answer
    # an answer that copies a footnote mark keeps its real citation
    sources = {n: chunk for n, chunk in enumerate(almaria.chain.search("lighthouse of Portville"), start=1)}
    checked = almaria.chain.check_citations("The lighthouse of Portville was built by Genoese engineers in 1502 [7]. [1]",
                                            sources, "q")
    assert checked.grounded and [c.n for c in checked.citations] == [1], checked.answer


def test_a_summary_bullet_yields_the_lead_to_the_prose_that_restates_it(almaria):
    scorer = almaria.scorer
    question = "What did the Duke ban?"
    bullet = Candidate(n=1, start=0, end=10, text="- The Duke banned salt exports to Ostria", lead=True, words=0.9, score=0.80)
    prose = Candidate(n=2, start=0, end=10, text="He banned all salt exports that spring.", words=0.9, score=0.70)
    other = Candidate(n=3, start=0, end=10, text="The harbour hosts the annual lantern regatta.", words=0.5, score=0.70)
    assert scorer.select([bullet, prose], question)[0] is prose
    # the reporting a bullet sums up leads at 0.6 of its score, and the bullet is not quoted again
    chosen = scorer.select([bullet, replace(prose, score=0.50, words=0.5)], question)
    assert [c.text for c in chosen] == [prose.text]
    assert scorer.select([bullet, replace(prose, score=0.45, words=0.5)], question)[0] is bullet  # not close enough
    assert scorer.select([bullet, other], question)[0] is bullet  # close, but says something else
    # a list item in a document's sections is what that section says, not a summary of it
    assert scorer.select([replace(bullet, lead=False), prose], question)[0].text == bullet.text
    # a second sentence of the same passage that restates the bullet joins the first
    more = Candidate(n=2, start=20, end=30, text="The salt exports to Ostria stopped.", index=1, words=0.5, score=0.50)
    chosen = scorer.select([bullet, prose, more], question)  # "more" is no runner-up of "prose" (0.5 < 0.85 x 0.7)
    assert [c.text for c in chosen] == [prose.text, more.text]


def test_a_lead_sentence_yields_to_the_section_of_its_document_that_restates_it(almaria):
    scorer = almaria.scorer
    question = "What did the Duke ban?"
    lead = Candidate(n=1, start=0, end=10, text="Within days the Duke banned salt exports to Ostria, angering merchants.",
                     doc_id="almaria", lead=True, words=0.5, score=0.80)
    body = Candidate(n=2, start=0, end=10, text="In a decree of March 1870, the Duke banned all salt exports to Ostria.",
                     doc_id="almaria", words=0.5, score=0.60)
    assert [c.text for c in scorer.select([lead, body], question)] == [body.text]  # the lead is not quoted again
    assert scorer.select([lead, replace(body, doc_id="atlas")], question)[0] is lead  # another document
    assert scorer.select([lead, replace(body, words=0.4)], question)[0] is lead  # holds less of the question
    assert scorer.select([lead, replace(body, score=0.45)], question)[0] is lead  # not close enough
    elsewhere = replace(body, text="The Duke banned nothing else that year.")
    assert scorer.select([lead, elsewhere], question)[0] is lead  # does not restate it
    # runners-up are measured against the lead sentence, not the restatement that took its place
    neighbour = Candidate(n=1, start=20, end=30, text="The merchants of Portville protested.", index=1, doc_id="almaria",
                          lead=True, words=0.5, score=0.58)
    assert neighbour not in scorer.select([lead, body, neighbour], question)


def test_a_passage_inside_a_section_is_not_in_the_lead(almaria):
    chunks = almaria.chain.search("When did the siege of Portville begin?")
    siege = next(c for c in chunks if c.text.startswith("The siege of Portville began"))
    assert (siege.heading, siege.section, siege.in_lead) == ("", "Background", False)


def test_a_sentence_opening_with_a_pronoun_is_read_with_the_one_before(almaria):
    question = "What did the Duke of Almaria ban?"
    chunks = almaria.chain.search(question)
    ranked = almaria.scorer.score(question, list(enumerate(chunks, start=1)), almaria.retriever.idf)
    he_banned = next(c for c in ranked if c.text.startswith("He banned"))
    assert he_banned.words == 1.0  # "Duke" and "Almaria" come from the sentence before


def test_a_field_continuation_stays_in_its_label_chunk():
    text = "National symbols\n\nFlag\ndescription: " + "a green field " * 20 + "\n\nmeaning: the fish stand for the clans\n\nAnthem\nname: " + "sea song " * 20
    chunks = split_into_chunks(text, min_tokens=20)
    flag = next(c for c in chunks if "Flag\n" in text[c.start:c.end])
    assert "meaning: the fish" in text[flag.start:flag.end]
    assert "Anthem" not in text[flag.start:flag.end]


def test_the_lines_of_a_list_are_one_block_apart_from_the_prose_after_it():
    text = "- The duke banned fishing\n- The fleet sailed\n- The harbour closed\n" + "The duke spoke at length. " * 12
    first = split_into_chunks(text, min_tokens=10)[0]
    assert text[first.start:first.end] == "- The duke banned fishing\n- The fleet sailed\n- The harbour closed"


def test_a_short_sentence_with_a_footnote_mark_after_its_full_stop_is_no_heading():
    """"- Ostria was against the salt tax.[317]" is a sentence of a list, not the heading of the chunk it opens (which
    would leave it out of the sentences an answer is read from)."""
    assert not is_heading("-   – Ostria was against the salt tax.[317]", 8)
    assert is_heading("National anthem(s)", 5)
    text = "-   – Ostria was against the salt tax.[317]\n\n-   – Almaria took no part in the salt war.[318]\n\n" + \
        "The duke spoke at length. " * 12
    assert split_into_chunks(text, min_tokens=10)[0].heading == ""


def test_a_later_chunk_of_a_section_records_the_section_heading():
    text = "Background\n" + "The duke ruled. " * 40 + "\n" + "The fleet sailed. " * 40 + "\nConclusion\n" + "Peace came. " * 40
    chunks = split_into_chunks(text, chunk_size=200, min_tokens=10)
    fleet = next(c for c in chunks if text[c.start:c.end].startswith("The fleet"))
    assert (fleet.heading, fleet.section) == ("", "Background")
    assert next(c for c in chunks if "Peace" in text[c.start:c.end]).heading == "Conclusion"


def test_wanting_someone_to_win_is_no_result():
    assert _has_kind("outcome", "The Radicals won the election.")
    assert not _has_kind("outcome", "They did not want the Radicals to win.")
    assert not _has_kind("outcome", 'The duke vowed to protect "hard-won freedoms".')


def test_a_number_the_question_gives_or_a_year_is_not_a_count(almaria):
    assert almaria.chain.ask("How many boats sail in the May 5 lantern regatta?").answer == DECLINE
    assert almaria.chain.ask("How many people voted in the 1998 referendum of Almaria?").answer == DECLINE


def test_when_asks_for_a_date_only_when_it_opens_the_question():
    assert answer_kind("When did the siege begin?") == "date"
    assert answer_kind("And when was that?") == "date"
    assert answer_kind("Who founded the duchy and when?") == "date"
    assert answer_kind("Who commanded the fleet when it laid siege to Portville?") == "name"


def test_who_is_in_charge_is_told_by_a_sentence_that_tells_a_charge(almaria):
    # "Who heads ...?" is answered by "headed by ...", not by the sentence that names the maker ("made by ...")
    text = ("The lanterns, made by the Almarian company Varo Lanterns and sold in Portville, light the regatta. "
            "The Almarian lantern makers' guild, headed by Master Ilsa Dorn, employs forty people.")
    assert_quotes(almaria, "Who heads the company that makes the lanterns?", text, "Ilsa Dorn", "made by")


def test_how_two_people_are_related_is_told_by_a_word_of_kinship_or_standing(almaria):
    text = ("Berro Tansk met the Duke of Almaria in Portville in May. "
            "The lantern guild of Almaria, which sells lanterns in Portville, is headed by the Duke's nephew Berro Tansk.")
    assert_quotes(almaria, "How is Berro Tansk related to the Duke of Almaria?", text, "nephew", "met the Duke")
    assert_answers(almaria, "How is Berro Tansk related to the Duke of Almaria?",
                   "Berro Tansk met the Duke of Almaria in Portville in May.", None)


def test_an_abbreviated_title_is_the_office(almaria):
    assert spell_out_titles("Almaria's PM Dora Vell left at 5 PM with Gen. Tansk.") == \
        "Almaria's Prime Minister Dora Vell left at 5 PM with General Tansk."
    assert_answers(almaria, "Who was Almaria's prime minister during the regatta?",
                   "During the regatta, Almaria's PM Dora Vell praised the lantern guild.", "Dora Vell")


def test_how_long_is_a_thing_wants_a_length_or_a_span_not_an_area(almaria):
    assert_quotes(almaria, "How long is the Almar river?",
                  "The Almar river drains a basin of 5,000 sq km. The Almar river runs 320 km to the sea.", "320 km", "basin")
    assert_answers(almaria, "How long is the Almarian doge's term?", "The Almarian doge serves a two-year term.", "two-year")


def test_a_sentence_said_before_keeps_its_score_when_it_holds_what_the_follow_up_asks(almaria):
    text = "The guild has long sought to become a city council, a move that Ostria fiercely opposes."
    chunk = Chunk(id="c", text=text, doc_id="d", title="Notes", url=None, start=0, end=len(text))

    def score(question: str, said: tuple[str, ...]) -> float:
        return almaria.scorer.score(question, [(1, chunk)], almaria.retriever.idf, said)[0].score

    # "Who opposes that?" is answered inside the sentence already given: it is not marked down for the repeat
    assert score("Who opposes that?", (text,)) == score("Who opposes that?", ())
    # ... while a follow-up that asks for something the sentence does not hold still prefers something new
    assert score("Who supports that?", (text,)) < score("Who supports that?", ())
    # ... the sentence's verbs in any form: "sought" is "seek"
    assert score("What did the guild seek?", (text,)) == score("What did the guild seek?", ())


def test_a_sentence_said_before_keeps_its_score_for_a_follow_up_asking_a_new_kind_of_answer(almaria):
    text = "1931: Mira SOLEN elected doge; Council vote - 41 for, 2 against"
    chunk = Chunk(id="c", text=text, doc_id="d", title="Notes", url=None, start=0, end=len(text))

    def score(question: str, asked: tuple[str, ...]) -> float:
        return almaria.scorer.score(question, [(1, chunk)], almaria.retriever.idf, (text,), asked)[0].score

    def fresh(question: str) -> float:
        return almaria.scorer.score(question, [(1, chunk)], almaria.retriever.idf)[0].score

    # the line that named the doge also holds the count a "How many ...?" follow-up asks for
    assert score("How many council members voted for her?", ("Who was elected doge in 1931?",)) == \
        fresh("How many council members voted for her?")
    # ... but after a count was asked for, another count is something new
    assert score("How many council members voted for her?", ("How many were against?",)) < \
        fresh("How many council members voted for her?")


def test_a_result_is_quoted_with_the_sentence_before_that_gives_its_reason(almaria):
    text = ("Because of the strict harbour laws, the Almarian papers carried little news of the fleet. "
            "Thus, few Almarians expected the regatta to go ahead.")
    answer = one_passage_answer(almaria, "Why did few Almarians expect the regatta to go ahead?", text)
    assert "harbour laws" in answer and "Thus, few Almarians" in answer, answer


def test_who_holds_a_post_is_answered_by_a_sentence_that_names_a_person(almaria):
    text = ("Almarian Ministry of Salt: Harbour Directorate (2025) note: the Almarian Harbour Guard is a unit directly "
            "subordinate to the Almarian Harbour Guard Chief of Staff; its duties include guarding the docks. "
            "The Almarian salt office reported that Captain Dora Vell, Chief of the Almarian Harbour Guard Staff, "
            "inspected the docks in May.")
    assert_quotes(almaria, "Who is the chief of Almaria's Harbour Guard Staff?", text, "Dora Vell", "Directorate")
    # (a fact sheet's capitalised surname is a person's; a people's word is not: "Serbian Guard")
    assert _names_person("chief of state: President Aleksandar VUCIC (since 31 May 2017)", set())
    assert not _names_person("note: the Serbian Guard is a brigade-sized unit", set())
    # ... nor an acronym's body: "UN Interim Administration Mission"
    assert not _names_person("Kosovo was placed under the UN Interim Administration Mission in Kosovo (UNMIK).", set())


def test_who_headed_a_body_is_not_answered_by_a_sentence_that_names_no_one(almaria):
    """"Who headed X when ...?": when no sentence tells anyone's charge, one that names no person does not answer."""
    question = "Who headed the Interim Administration when it took control of Portville?"
    text = "In 1870 the UN Interim Administration took control of Portville from the Almarian Diet."
    assert_answers(almaria, question, text, None)
    assert_answers(almaria, question, text.replace(" from the Almarian Diet", ", with Lena Vos at the quay"), "Lena Vos")
    # ("Missing Persons" is a body's words, no person's name)
    text = ("In the 2008 joint study by the Portville Law Centre, the Commission on Missing Persons and the Missing Person "
            "Commission of Almaria made a name-by-name list of victims.")
    assert_answers(almaria, "Who heads the Portville Law Centre?", text, None)


def test_what_something_was_called_is_a_name_given_not_a_call_to_act(almaria):
    text = ("The Almarian council's resolution on the raid calls on Ostria to return the salt ships and calls for calm. "
            "The Almarian council's resolution denounced the raid as an \"act of piracy\".")
    assert_quotes(almaria, "What did the Almarian council's resolution call the raid?", text, "act of piracy", "calls on")


def test_how_far_back_asks_for_a_time_not_a_distance(almaria):
    assert answer_kind("How far back does the guild trace its history?") == "date"
    assert _has_kind("date", "The abbey dates from the 14th century.") and _has_kind("date", "It began in 300 B.C.")
    assert_answers(almaria, "How far back does the Almarian guild trace its history?",
                   "The Almarian guild traces its history back to 300 B.C., although the modern guild hall is newer.",
                   "300 B.C.")


def test_the_question_word_decides_whether_a_price_is_asked_for():
    assert answer_kind("How much did Almaria pay for its lighthouse?") == "money"
    assert answer_kind("What was the price of the salt?") == "money"
    assert answer_kind("Which Almarian prime minister warned that doing nothing means paying a greater price later?") \
        == "name"
    assert answer_kind("Who paid for the lighthouse?") == "name"


def test_a_question_for_someone_other_than_the_person_it_names_is_not_answered_by_that_person(almaria):
    assert almaria.chain.ask("Who was mayor of Portville before Tomas Brel?").answer == DECLINE
    assert "Tomas Brel" in almaria.chain.ask("Who was mayor of Portville in 1931?").answer
    asked = named_terms("Who will succeed Özkan Ulutaş as commander?")
    assert _names_someone_else("General Milan Mojsilović called Commander Ulutaş.", asked)
    assert not _names_someone_else("The Turkish Major General Özkan Ulutaş took command of NATO's KFOR.", asked)
    assert not _names_someone_else("Who replaced Serbs as the majority?", set())  # names no person: no such question

    def answered_by(text: str) -> list[str]:
        return [c.text for c in scored(almaria, "Who will succeed Tomas Brel as mayor of Portville?", text, "Portville")]
    # naming someone else is not enough: the sentence has to tell who came after whom
    assert answered_by("Mayor Tomas Brel met Captain Lena Ostrova in Portville.") == []
    assert answered_by("Captain Lena Ostrova replaced Tomas Brel as mayor of Portville.") != []
    # ... and about the one the question names: another's replacement is no answer
    assert answered_by("Mayor Oren Valt of Portville resigned in 1931; a replacement has not yet been selected.") == []


def test_what_made_someone_act_asks_why():
    assert answer_kind("What made the Duke ban salt exports?") == "reason"
    assert answer_kind("What made up the output of Almaria?") is None
    assert answer_kind("In which year was the lighthouse of Portville built?") == "date"  # as "In what year ...?"
    assert _has_kind("reason", "The rapid moderation suggests several factors at play: trade, and pressure.")


def test_a_sentence_that_goes_on_about_the_subject_brings_what_the_best_one_lacks(almaria):
    answer = almaria.chain.ask("What did the Council of Almaria call for after the floods?")
    assert "Council of Almaria met" in answer.answer and "sea wall" in answer.answer, answer.answer


def test_a_comparison_quotes_each_side(almaria):
    answer = almaria.chain.ask("Which has the larger population, Almaria or Ostria?")
    assert "2,345,678" in answer.answer and "870,000" in answer.answer, answer.answer
    assert {c.doc_id for c in answer.citations} == {"almaria.txt", "ostria.txt"}
    assert comparison_parts("Is Almaria or Ostria older?")[1] == ("Ostria", "Is Ostria?")
    assert comparison_parts("Who will rule Almaria?") == []


def test_a_comparison_by_a_word_that_means_a_measure_asks_for_that_measure_of_each_side():
    """"Whose population is older ...?" weighs median ages; "... than ..." weighs two sides as "... or ..." does, the
    comparative before or after the first."""
    assert comparison_parts("Whose population is older, Almaria's or Ostria's?") == [
        ("Almaria's", "What is the median age of Almaria?"), ("Ostria's", "What is the median age of Ostria?")]
    assert comparison_parts("Where do people live longer, Almaria or Ostria?")[1] == ("Ostria", "What is the life expectancy of Ostria?")
    assert comparison_parts("Is Almaria's population growing faster than Ostria's?") == [
        ("Almaria's", "What is the population growth rate of Almaria?"), ("Ostria's", "What is the population growth rate of Ostria?")]
    assert comparison_parts("Which is larger, Almaria or Ostria?")[0] == ("Almaria", "What is the area of Almaria?")
    # (the comparative may come first: "How much older is ...?")
    assert comparison_parts("How much older is Almaria's population than Ostria's?") == [
        ("Almaria's", "What is the median age of Almaria?"), ("Ostria's", "What is the median age of Ostria?")]
    assert comparison_parts("How much longer do people live in Almaria than in Ostria?")[1] == (
        "Ostria", "What is the life expectancy of Ostria?")
    # a "than" comparison by no measure it names is asked whole; an older person is no median age
    assert comparison_parts("Does Almaria spend more on salt than Ostria?") == []
    assert comparison_parts("Who is older, Anna Vell or Marco Dane?")[0] == ("Anna Vell", "Who is, Anna Vell?")


@pytest.mark.parametrize("question, text, expected", [
    ("How big is Almaria in square kilometres?", "Area of Almaria\ntotal: 12,300 sq km", "12,300 sq km"),
    ("How big is Almaria in square kilometres?", "The harbour of Almaria lies 40 kilometres from Portville.", None),
    ("How deep is the harbour of Portville?", "The harbour of Portville is 12 metres deep at high tide.", "12 metres"),
    ("How deep is the harbour of Portville?", "The harbour of Portville covers 3 sq km.", None),
])
def test_an_area_or_a_depth_is_answered_only_in_its_units(almaria, question, text, expected):
    """An area asked in square units wants square units (a distance is no area); a depth wants a length (an area is
    no depth)."""
    assert_answers(almaria, question, text, expected)


def test_each_side_of_a_comparison_is_quoted_from_a_passage_of_its_own(almaria):
    answer = almaria.chain.ask("Which spends a larger share of GDP on its military, Almaria or Ostria?")
    assert "2.1%" in answer.answer and "3.4%" in answer.answer, answer.answer


def test_a_noun_in_y_and_its_verb_share_a_term():
    assert content_terms("the delivery of the drones") == content_terms("delivered the drones")
    assert content_terms("recovery") == content_terms("recovered")


def test_an_adverb_in_ily_shares_its_adjective_s_term():
    assert content_terms("cooperated militarily") == content_terms("cooperated military")
    assert content_terms("heavily") == content_terms("heavy")
    assert content_terms("family") == content_terms("families")  # too short to be such an adverb


def test_markdown_emphasis_is_not_part_of_a_word():
    assert content_terms("according to _The New York Times_") == content_terms("according to The New York Times")


def test_british_and_american_spellings_share_a_term():
    for british, american in [("recognise", "recognize"), ("criticised", "criticized"), ("normalisation", "normalization"),
                              ("defence", "defense"), ("honour", "honor"), ("centre", "center")]:
        assert content_terms(british) == content_terms(american), british
    assert content_terms("independence") == content_terms("independent")  # "-ence" stems as before


def test_a_quote_attributed_to_a_pronoun_is_read_with_the_sentence_before(almaria):
    question = "What did the Duchess of Almaria say about grain?"
    chunks = almaria.chain.search(question)
    ranked = almaria.scorer.score(question, list(enumerate(chunks, start=1)), almaria.retriever.idf)
    quote = next(c for c in ranked if "never again sell grain" in c.text)
    assert not quote.missing & set(content_terms("Duchess Almaria"))  # from the sentence before
    assert "never again sell grain" in almaria.chain.ask(question).answer


# Each rule of the answerer, one question that needs it (each was checked to fail with its rule off)
@pytest.mark.parametrize("question, expected", [
    pytest.param("How long is the coastline of Almaria?", "410 km", id="a_short_labelled_value_is_an_answer"),
    pytest.param("What do the fish on the flag of Almaria stand for?", "river clans", id="a_field_line_after_a_blank_line_keeps_its_label"),
    pytest.param("What do the student marches in Portville target?", "salt monopoly", id="a_sentence_that_refers_back_is_read_with_the_one_before"),
    pytest.param("Why has the old harbour of Portville lost its trade?", "Silt from the river", id="a_why_answer_that_restates_the_question_brings_the_next_sentence"),
    pytest.param("What is the title of the national anthem of Almaria?", "Lantern Song", id="a_label_ending_in_a_parenthesis_is_a_label"),
    pytest.param("How many seats does the Almarian Diet have?", "77", id="a_key_can_name_its_field"),
    pytest.param("Whom else did the mayor of Portville ask to stop taxing salt?", "guilds",
                 id="a_speaker_going_on_in_the_first_person_is_read_with_the_sentence_before"),
    pytest.param("Which sector makes up the largest part of the output of Almaria?", "shipping: 58%",
                 id="a_breakdown_is_read_whole_when_the_question_weighs_its_parts"),
    pytest.param("What is the Salt Guild of Portville?", "monopoly",
                 id="the_sentence_right_after_the_best_that_refers_back_to_it_joins_it"),
    pytest.param("How much change did the treaty of 1921 bring to the salt trade?", "virtually no change",
                 id="no_amount_is_an_amount"),
    pytest.param("What did the Duchess of Almaria order?", "new lamp",
                 id="a_pronoun_after_an_opening_phrase_is_read_with_the_sentence_before"),
    pytest.param("Who were the only lighthouse keepers ever lost at sea?", "Anna Vell",
                 id="a_best_sentence_opening_with_a_pronoun_is_quoted_with_the_one_before"),
])
def test_a_rule_of_the_answerer(almaria, question, expected):
    answer = almaria.chain.ask(question)
    assert expected in answer.answer, answer.answer


def test_a_follow_up_weighs_its_own_words_over_the_names_it_borrows(almaria):
    question = with_borrowed_names("What did he ban?", ["Portville", "Genoese", "Grain", "Fleet"])
    assert own_words(question) == "What did he ban?"
    sources = list(enumerate(almaria.chain.search(question), start=1))

    def best_of(scorer: SentenceScorer) -> str:
        return scorer.score(question, sources, almaria.retriever.idf)[0].text

    assert "banned" in best_of(almaria.scorer)
    assert "Genoese" in best_of(SentenceScorer(almaria.embedding, Weights(borrowed_names=1.0)))


def test_a_follow_up_s_own_words_find_its_passage_though_the_previous_exchange_fills_the_pool(tmp_path):
    """"And what happened to its own precision missile stocks?" after an exchange on the Alliance's claims: read with
    that exchange, the query ranks the many claims first, and the one passage on missile stocks fell out of the
    rerank's pool; the follow-up's own words (with the names it borrows) find it too."""
    docs = tmp_path / "docs"
    docs.mkdir()
    units = ["the northern wing", "the coastal squadrons", "the reserve fleet", "the mountain bases", "the night fighters"]
    for i in range(45):
        (docs / f"claim{i:02d}.txt").write_text(
            f"Report {i}\n\nThe Alliance claimed that the Ostrian air force had been devastated in week {i + 1}, and that "
            f"{units[i % len(units)]} of the Ostrian air force had lost many aircraft. Ostrian officers denied the "
            f"Alliance claim about the air force and said Ostrian precision missiles had hit {i + 3} Alliance aircraft.\n")
    (docs / "arsenal.txt").write_text("Lessons of the campaign\n\nThe campaign exposed weaknesses in the Alliance "
                                      "arsenal. Stocks of many precision missiles were reduced to critically low levels.\n")
    dossier = Dossier(make_settings(tmp_path, corpus_dir=docs))
    assert not dossier.ingest.ingest_paths([docs]).failed
    question = "What did the Alliance claim about the Ostrian air force?"
    history = [{"role": "user", "content": question}, {"role": "assistant", "content": dossier.chain.ask(question).answer}]
    answer = dossier.chain.ask("And what happened to its own precision missile stocks?", history)
    assert "critically low" in answer.answer, answer.answer


def test_a_hyphenated_word_is_also_its_parts():
    assert {"nato", "russian", "serb"} <= set(content_terms("pro-Russian, anti-NATO Serb-majority"))


def test_re_written_solid_before_an_e_is_also_the_word_without_it():
    assert "elect" in content_terms("Vera Alma reelected in first round")
    assert "action" not in content_terms("a harsh reaction") and "present" not in content_terms("they represent")


def test_a_d_with_stroke_is_read_as_dj():
    """"Đorđević" is "Djordjevic" in plain letters, as questions typed without the letter write it."""
    assert content_terms("Đorđević") == content_terms("Djordjevic")


def test_a_list_of_links_is_no_sentence(almaria):
    links = "al/en/president-awards-medal-to-the-mayor/\n[66] https://example.com/news/a-b-c\n[67] https://www.example.org/x"
    chunk = replace(almaria.chain.search("lighthouse")[0], text=links + "\n\nThe mayor of Portville was awarded a medal.")
    assert [c.text for c in almaria.scorer.candidates([(1, chunk)])] == ["The mayor of Portville was awarded a medal."]


def test_a_question_with_no_term_of_its_own_is_a_follow_up():
    history = [{"role": "user", "content": "Who criticised the salt tax?"},
               {"role": "assistant", "content": "The mayor of Portville criticised it. [1]"}]
    assert "mayor of Portville" in retrieval_query("Why?", history)
    assert retrieval_query("Who founded Almaria?", history) == "Who founded Almaria?"


def test_a_short_question_on_what_the_previous_exchange_named_is_a_follow_up():
    history = [{"role": "user", "content": "Which Ostrian official did Almaria arrest in May?"},
               {"role": "assistant", "content": "Almaria arrested the Ostrian envoy Kel Varo in May. [1]"}]
    assert "Kel Varo" in retrieval_query("How did Ostria react?", history)
    assert "Kel Varo" in retrieval_query("In what year?", history)  # (naming nothing at all)
    # (a short question naming something new stands alone)
    assert retrieval_query("How did Portville react?", history) == "How did Portville react?"
    assert retrieval_query("Who governs Ostria today?", history) == "Who governs Ostria today?"


def test_a_longer_question_on_the_thing_the_previous_exchange_told_of_is_a_follow_up():
    """"How many people died in the protests?" after an answer that tells of the protests reads with it; a question that
    speaks of "the" thing the previous exchange did not tell of, or names something new, stands alone."""
    history = [{"role": "user", "content": "When did Almaria declare a state of emergency?"},
               {"role": "assistant", "content": "In May 1990 Almaria declared a state of emergency after violent protests, "
                                                "which left 12 dead. [1]"}]
    assert "12 dead" in retrieval_query("How many people died in the protests?", history)
    assert retrieval_query("How many people died in the floods?", history) == "How many people died in the floods?"
    assert retrieval_query("How many people died in the protests in Ostria?", history) == \
        "How many people died in the protests in Ostria?"


def test_that_refers_back_as_a_determiner_not_as_a_conjunction():
    history = [{"role": "user", "content": "Who criticised the salt tax?"},
               {"role": "assistant", "content": "The mayor of Portville criticised it. [1]"}]
    assert "mayor of Portville" in retrieval_query("Who appointed that mayor?", history)
    assert "mayor of Portville" in retrieval_query("Why was that?", history)
    question = "Which Ostrian minister said that no more ships would be sent?"
    assert retrieval_query(question, history) == question


def test_how_much_of_it_asks_of_the_thing_the_previous_question_measured():
    """"And how much of it is imported?" after "How much natural gas does Almaria consume?" asks of the natural gas
    (whose name the answer may hold only in a field's label, which borrowed names leave out)."""
    history = [{"role": "user", "content": "How much natural gas does Almaria consume?"},
               {"role": "assistant", "content": "Natural gas\nconsumption: 2.886 billion cubic meters (2023 est.) [1]"}]
    assert resolved_question("And how much of it is imported?", history) == "And how much of the natural gas is imported?"
    assert resolved_question("And who imports it?", history) == "And who imports it?"
    # ... what is done to it, not what it is: "forest" is a part of Almaria, not of its natural gas
    assert resolved_question("And how much of it is forest?", history) == "And how much of it is forest?"


def test_a_quantity_of_another_thing_does_not_measure_the_thing_asked_about(almaria):
    """"How much salt ...?" is not answered by "12 million tonnes of ballast", however much of the question the
    sentence holds; a quantity of salt answers it."""
    text = ("In 1870 the salt exports of Almaria were carried with 12 million tonnes of ballast. "
            "The harbour records show 3 million tonnes of salt in the ships of Almaria.")
    assert_quotes(almaria, "How much salt did Almaria export in 1870?", text, "3 million tonnes of salt", "ballast")


def test_a_fragment_follow_up_asks_the_previous_question_again(almaria):
    history = [{"role": "user", "content": "What is the population of Almaria?"},
               {"role": "assistant", "content": "Population total: 2,345,678 (2024 est.) [1]"}]
    assert completed_question("And of Ostria?", history) == "What is the population of Ostria?"
    assert completed_question("What about Ostria?", history) == "What is the population of Ostria?"
    assert completed_question("And in 2024?", history) == "What is the population of Almaria in 2024?"
    assert completed_question("And who counted it?", history) == "And who counted it?"  # a question of its own
    assert completed_question("And its capital?", history) == "And its capital?"  # refers back: a follow-up as any
    asked_again = history + [{"role": "user", "content": "What about Ostria?"}, {"role": "assistant", "content": "..."}]
    assert completed_question("And Westhaven?", asked_again) == "What is the population of Westhaven?"
    assert "870,000" in almaria.chain.ask("And of Ostria?", history).answer


def test_a_fragment_s_phrase_takes_the_place_of_the_one_of_its_sort_that_ends_the_previous_question():
    """"And from fishing?" asks "What share of Almaria's GDP comes from farming?" again from fishing; a year does not
    take the place of a name ("And in 1420?" after "... in Ostria?" asks of Ostria in 1420)."""
    def history(question: str) -> list[dict]:
        return [{"role": "user", "content": question}, {"role": "assistant", "content": "..."}]
    assert completed_question("And from fishing?", history("What share of Almaria's GDP comes from farming?")) == \
        "What share of Almaria's GDP comes from fishing?"
    assert completed_question("And in 1421?", history("How many ships sank in 1420?")) == "How many ships sank in 1421?"
    assert completed_question("And in 1420?", history("How many ships sank in Ostria?")) == \
        "How many ships sank in Ostria in 1420?"
    # (a bound in place of a bound)
    assert completed_question("And over 65?", history("What share of Almaria's people are under 15?")) == \
        "What share of Almaria's people are over 65?"


def test_a_year_earlier_or_later_asks_the_previous_question_again_of_that_year():
    """"And a year earlier?" after "... in 1421?" asks it of 1420; with no one year to move, it is a fragment as any."""
    def history(question: str) -> list[dict]:
        return [{"role": "user", "content": question}, {"role": "assistant", "content": "..."}]
    asked = history("What share of Almaria's sailors were out of work in 1421?")
    assert completed_question("And a year earlier?", asked) == "What share of Almaria's sailors were out of work in 1420?"
    assert completed_question("And the year before?", asked) == completed_question("And a year earlier?", asked)
    assert completed_question("And two years later?", asked) == "What share of Almaria's sailors were out of work in 1423?"
    assert completed_question("And the following year?", asked) == \
        "What share of Almaria's sailors were out of work in 1422?"
    assert "1420" not in completed_question("And a year earlier?", history("Who rules Almaria?"))
    # (a year a preposition dates by, not a number in a name: "Charter 1421" stays)
    assert completed_question("And a year earlier?", history("What did Charter 1421 grant in 1425?")) == \
        "What did Charter 1421 grant in 1424?"


def test_determiners_and_adverbs_that_name_nothing_are_no_terms():
    assert content_terms("Which other drones does Kosovo already operate?") == ["drone", "kosovo", "oper"]
    assert content_terms("What have the protesters been angry about?") == ["protest", "been", "angri"]


def test_a_digit_in_a_model_name_is_no_number():
    assert not _has_kind("number", "Kosovo bought Bayraktar TB2 drones")
    assert not _has_kind("number", "an AH-64 Apache crashed")
    assert _has_kind("number", "It flies at about 80 miles per hour")
    assert not _has_kind("number", 'what Osmani characterized as a "double standard"')


def test_a_passage_that_lacks_the_subject_the_question_names_ranks_lower(almaria):
    # both fact sheets have the field; only the Ostria sheet is about Ostria ("Ostrian" names it too)
    question = "What song is the Ostrian national anthem?"
    assert "Hymn of the Towers" in almaria.chain.ask(question).answer
    sources = list(enumerate(almaria.chain.search(question), start=1))
    unweighted = SentenceScorer(almaria.embedding, Weights(off_subject=1.0))

    def almarian_anthem(scorer: SentenceScorer) -> float:
        return next(c.score for c in scorer.score(question, sources, almaria.retriever.idf) if "Lantern Song" in c.text)
    assert almarian_anthem(almaria.scorer) == pytest.approx(Weights().off_subject * almarian_anthem(unweighted))


def test_a_name_no_passage_mentions_is_declined(almaria):
    # the nearest sentence ("built by Genoese engineers") is about someone else
    assert almaria.chain.ask("Which Venetian engineers built the lighthouse of Portville?").answer == DECLINE
    assert almaria.retriever.unknown_names("Which Venetian engineers built the lighthouse of Portville?") == ["venetian"]
    assert "Genoese" in almaria.chain.ask("Which Genoese engineers built the lighthouse of Portville?").answer
    # a people's word names its country; an acronym may stand for words the sources spell out
    assert almaria.retriever.unknown_names("What is the capital of the Ostrian state?") == []
    assert almaria.retriever.unknown_names("Did the ODL meet in Portville?") == []


def test_a_name_wordnet_gives_for_one_the_passages_mention_is_known(tmp_path):
    """"Britons" is not in the passages, "British" is: WordNet relates the two, so the question is read, not declined
    as about someone the sources never name; a people they never name at all still is."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "opinion.txt").write_text("The British government backed the campaign, as did a majority of the British public.")
    dossier = Dossier(make_settings(tmp_path, corpus_dir=docs))
    assert not dossier.ingest.ingest_paths([docs]).failed
    assert dossier.retriever.unknown_names("Did most Britons back the campaign?") == []
    assert "majority of the British public" in dossier.chain.ask("Did most Britons back the campaign?").answer
    assert dossier.retriever.unknown_names("Did most Danes back the campaign?") == ["danes"]


def test_a_sentence_answers_with_the_terms_it_holds_itself(almaria):
    """The half weight of a name its passage gives ranks a sentence; it does not make it an answer:
    "How many Belarusian soldiers ...?" is not answered by the passage's one count for that year, of kilometres."""
    text = ("The Slavic Brotherhood exercises of 2019 drew 900 Belarusian soldiers to Portville. "
            "Portville lies about 250 kilometers from the capital, across the river.")
    chunk = Chunk(id="c", text=text, doc_id="d", title="Notes", url=None, start=0, end=len(text))
    question = "How many Belarusian soldiers took part in the Slavic Brotherhood exercises in 2015?"
    given = GenerationInput(question=question, sources=[(1, chunk)], idf=almaria.retriever.idf)
    assert "".join(ExtractiveGenerator(almaria.scorer, 0.0).stream(given)) == DECLINE


def test_a_runner_up_from_a_document_about_another_subject_does_not_join(almaria):
    """"What is Almaria's national holiday?" is not also answered from *The World Factbook: Ostria*, though
    that passage mentions Almaria; from a document whose title names Almaria, a close runner-up joins."""
    def chunk(doc: str, title: str, text: str) -> Chunk:
        return Chunk(id=doc, text=text, doc_id=doc, title=title, url=None, start=0, end=len(text))
    almarian = chunk("a", "The World Factbook: Almaria", "National holiday\nFounding Day, 3 May (1312)")
    ostrian = "National holiday\nFreedom Day, 3 May (1420)\n\nIndependence\n3 May 1420 (from Almaria)"
    question = "What is Almaria's national holiday?"

    def answer(other: Chunk) -> list[str]:
        ranked = almaria.scorer.score(question, [(1, other), (2, almarian)], lambda term: 1.0)  # whatever else is indexed
        return [c.doc_id for c in almaria.scorer.select(ranked, question)]
    assert answer(chunk("o", "The World Factbook: Ostria", ostrian)) == ["a"]
    assert answer(chunk("o", "Almaria and Ostria", ostrian)) == ["o", "a"]


def test_the_date_a_question_gives_weighs_less_than_what_it_asks(almaria):
    """"Who delivered the grain ... in October 1420?" is answered by who delivered it, though that sentence
    does not restate the date, rather than by a dated sentence that does not say who delivered anything."""
    text = ("On 8 October 1420 the grain ships reached the harbour of Portville, the same day the siege ended. "
            "The merchants of Westhaven delivered the grain to Portville.")
    chunk = Chunk(id="c", text=text, doc_id="d", title="Notes", url=None, start=0, end=len(text))
    ranked = almaria.scorer.score("Who delivered the grain to Portville in October 1420?", [(1, chunk)],
                                  lambda term: 1.0)  # even term weights: what other tests index does not move it
    assert ranked[0].text.startswith("The merchants of Westhaven")


def test_a_count_in_a_sentence_far_from_the_question_does_not_answer_it(almaria):
    """The sentence about the camp gives no count; the count of another sentence, which holds far less of
    the question, is another count: "How many refugees lived in the camp ...?" is declined, not answered so."""
    def answer(text: str) -> str:
        return one_passage_answer(almaria, "How many refugees lived in the camp the Almarian navy ran at Kukes?", text)
    camp = "The Almarian navy set up and ran a refugee camp at Kukes in the north."
    assert answer(f"{camp} Ostria hosts 3,094 refugees (2024 est.).") == DECLINE
    assert "1,200" in answer(f"{camp} About 1,200 refugees lived in the camp at Kukes.")


def test_a_named_field_that_lacks_the_question_s_name_yields_to_a_sentence_holding_all_of_it(almaria):
    """"Which languages are official in Westmark?" is answered by the field's note on Westmark, not by the
    "Languages" field the question names, which says nothing of Westmark."""
    text = ("Languages\nAlmarian (official) 90%, Ostrian 8%, other 2% (2011 est.)\n\n"
            "The Almaria Fact Sheet, the source for basic information.\n"
            "note: Almarian, Ostrian and Portish are official in the Province of Westmark")
    chunk = Chunk(id="c", text=text, doc_id="d", title="Almaria Fact Sheet", url=None, start=0, end=len(text),
                  heading="Languages")
    ranked = almaria.scorer.score("Which languages are official in Westmark?", [(1, chunk)], lambda term: 1.0)
    assert ranked[0].text.startswith("note: Almarian, Ostrian and Portish")
    # the field still answers what it is named for
    ranked = almaria.scorer.score("Which languages are official in Almaria?", [(1, chunk)], lambda term: 1.0)
    assert ranked[0].text.startswith("Languages")


def test_number_words_from_thirteen_to_ninety_are_counts():
    assert _has_kind("number", "Each target had to be approved by all nineteen member states.")
    assert _has_kind("number", "Seventy soldiers and hundreds of volunteers came.")
    assert _has_kind("age", "The sergeant, then fifteen years old, enlisted.")
    assert not _has_kind("number", "The soldiers came back in their teenage years.")


def test_what_an_acronym_is_is_answered_by_the_sentence_that_defines_it(almaria):
    text = ("A contentious issue remains the creation of the Harbour Guild of Portville (HGP) in Almaria. "
            "Duke Oren has long criticized the HGP, arguing that it would give Ostria a say in the harbour.")
    chunk = Chunk(id="c", text=text, doc_id="d", title="Notes", url=None, start=0, end=len(text))
    ranked = almaria.scorer.score("What is the HGP that the two sides disagree about?", [(1, chunk)], lambda term: 1.0)
    assert ranked[0].text.startswith("A contentious issue remains the creation of the Harbour Guild")


def test_who_is_asks_for_the_present_holder_of_an_office(almaria):
    """"Who is Ostria's president?" is answered by the holder the sources date as present ("(since ...)"), not
    by the first president, whose sentence shares more words with the question."""
    text = ("Lena Vos, the first President of Ostria, pursued a policy of peace with Almaria in the 1990s.\n\n"
            "Executive branch\nchief of state: President Aleksa MARKOVIC (since 3 May 2021)")
    chunk = Chunk(id="c", text=text, doc_id="d", title="The Ostria Fact Sheet", url=None, start=0, end=len(text))
    ranked = almaria.scorer.score("Who is Ostria's president?", [(1, chunk)], lambda term: 1.0)
    assert "Aleksa MARKOVIC" in ranked[0].text
    ranked = almaria.scorer.score("Who was Ostria's first president?", [(1, chunk)], lambda term: 1.0)
    assert ranked[0].text.startswith("Lena Vos")


# The rules that decline a question whose subject the sources discuss without answering it, each with the sentence
# that does answer it: (question, one invented passage, what the answer holds or None for "the sources do not say")
_REFERENDUM = "On 1 or 2 July 1870 Almaria approved its new constitution in a referendum."
_CLOSED = "In 1870 the Almarian Assembly closed the harbour of Portville."


@pytest.mark.parametrize("question, text, expected", [
    # a figure asked for by what it measures needs a sentence naming the measure ("one third of the deputies" is no
    # turnout), and a span of days ("On 1 or 2 July") is a date, not a count
    ("What was the turnout in the July 1870 referendum of Almaria?",
     f"{_REFERENDUM} A change needs one third of the deputies of Almaria.", None),
    ("What was the turnout in the July 1870 referendum of Almaria?",
     f"{_REFERENDUM} The turnout in the referendum was 61%.", "61%"),
    # (an altitude too: a drone's speed and range are no altitude, though "six miles" is a length)
    ("What is the maximum flight altitude of the Ostrian drones?",
     "The Ostrian drones can travel at 80 miles per hour with a range exceeding six miles.", None),
    ("What is the maximum flight altitude of the Ostrian drones?",
     "The Ostrian drones fly at an altitude of up to six miles.", "six miles"),
    ("How many deputies voted in the referendum of Almaria?",
     "On 1 or 2 July 1870 the deputies of Almaria voted in the referendum.", None),
    # a share spent on what the question names needs a sentence naming it (not another share of the same income)
    ("What share of Almarian household income goes on salt?",
     "Almarian households spend 12% of their income on rent, according to the guild survey of household income.", None),
    ("What share of Almarian household income goes on rent?",
     "Almarian households spend 12% of their income on rent, according to the guild survey of household income.", "12%"),
    # a count in a sentence that never tells of what was done to them (sent, not wounded) is outmatched by one that
    # tells of it without a count
    # "Who commanded X?" is not answered by the title of one in charge of another ("Almarian Fleet Commander ...")
    ("Who commanded the Ostrian rebels at Portville in 1870?",
     "In 1870 Almarian Fleet Commander Oren Valt fought the Ostrian rebels at Portville.", None),
    ("Who commanded the Ostrian rebels at Portville in 1870?",
     "In 1870 Almarian Fleet Commander Oren Valt fought the Ostrian rebels at Portville, commanded by Lena Vos.",
     "Lena Vos"),
    ("How many Almarian guards were wounded in the riots at Portville?",
     "The riots at Portville left Almarian guards wounded. Almaria sent 300 guards to end the riots at Portville.",
     None),
    ("How many Almarian guards were wounded in the riots at Portville?",
     "The riots at Portville left Almarian guards wounded. Almaria said 12 guards were wounded in the riots at Portville.",
     "12 guards"),
    # "Which <office> ...?" needs a sentence naming the office (not "the Almarian Assembly"), and its holder
    # ("Envoy Lise Amber", "Lise Amber, the envoy"; not "its envoy"); a sentence about another minister that
    # holds far less of the question does not answer it
    ("Which Almarian minister closed the harbour of Portville in 1870?",
     f"{_CLOSED} Finance Minister Oren Valt of Almaria raised the salt tax.", None),
    ("Which Almarian minister closed the harbour of Portville in 1870?",
     "In 1870 Almarian Trade Minister Lise Amber closed the harbour of Portville.", "Lise Amber"),
    ("Which envoy did Almaria recall from Ostria?", "In 1870 Almaria recalled its envoy from Ostria in protest.", None),
    ("Which envoy did Almaria recall from Ostria?",
     "In 1870 Almaria recalled Envoy Lise Amber from Ostria in protest.", "Lise Amber"),
    ("Which envoy did Almaria recall from Ostria?",
     "In 1870 Almaria recalled Lise Amber, the envoy to Ostria, in protest.", "Lise Amber"),
    # "Who is X's <office>?": that very office (not the prime minister for the foreign minister) of that country
    # (not Almaria's for Ostria's), which "the President of the country" holds in a passage about the country
    ("Who is Ostria's foreign minister?",
     "Almaria's foreign minister Tomas Brel said that Almaria understood the blockade.", None),
    ("Who is Ostria's foreign minister?",
     "In Ostria, Prime Minister Aleksa MARKOVIC (since 3 May 2021) leads the government.", None),
    ("Who was Ostria's president during the blockade?",
     "Ostria protested the blockade. Lena Vos, the President of the country at the time, called for talks.",
     "Lena Vos"),
    # ... and a holder the sentence names as becoming or elected to it ("X became its first president")
    ("Who was the first president of the Portville Harbour Guild?",
     "In 1870 the salt traders of Almaria founded the Portville Harbour Guild, and Lena Vos became its first president.",
     "Lena Vos"),
    ("Who was the first president of the Portville Harbour Guild?",
     "In 1870 the salt traders of Almaria founded the Portville Harbour Guild under its first president.", None),
    # "the commander of X": not the holder of an office a name gives to someone else ("KFOR Commander Ulutaş",
    # "commander of the Third Army")
    ("Who is the commander of the Ostrian Guard?",
     "The Ostrian Guard protested to Portville Commander Lena Vos about the harbour.", None),
    ("Who is the commander of the Ostrian Guard?",
     "Oren Valt, former commander of the Third Army, now trains the Ostrian Guard.", None),
    ("Who is the commander of the Ostrian Guard?",
     "Ostrian Guard Commander Lena Vos protested about the harbour.", "Lena Vos"),
    ("Who is the commander of the Ostrian Guard?",
     "OG Commander Lena Vos, head of the Ostrian Guard, protested about the harbour.", "Lena Vos"),
    # "What was the name of ...?" wants a name the question does not give
    ("What was the name of the Portville harbour master who was arrested in May 1870?",
     "In May 1870 the harbour master of Portville was arrested for smuggling salt.", None),
    ("What was the name of the Portville harbour master who was arrested in May 1870?",
     "In May 1870 Tomas Brel, the harbour master of Portville, was arrested for smuggling salt.", "Tomas Brel"),
])
def test_a_question_the_passage_discusses_but_does_not_answer_is_declined(almaria, question, text, expected):
    assert_answers(almaria, question, text, expected)


def test_a_question_word_the_sentence_words_otherwise_counts_part_of_its_weight(almaria):
    """"died" is answered by "deaths", "start" by "commenced" (WordNet, app/lexicon.py): the word earns
    Weights.related_word of its weight and is not missing; with no credit for it, it is."""
    question, text = "How many soldiers died when the siege started?", "The siege commenced with 24 deaths among the soldiers."
    with_lexicon = scored(almaria, question, text)[0]
    plain = SentenceScorer(almaria.embedding, Weights(related_word=0.0))
    without = plain.score(question, [(1, Chunk(id="c", text=text, doc_id="d", title="Notes", url=None, start=0,
                                               end=len(text)))], almaria.retriever.idf)[0]
    assert {"die", "start"} <= without.missing and not {"die", "start"} & with_lexicon.missing
    assert with_lexicon.own_words > without.own_words


def test_a_share_of_a_budget_is_a_number_not_money():
    assert answer_kind("What share of its budget does Almaria spend on lighthouses?") == "number"  # "10% of budget"
    assert answer_kind("What percentage of the budget goes to the fleet?") == "number"
    assert answer_kind("How much does Almaria spend on lighthouses?") == "money"
    assert answer_kind("What part did the guilds play?") is None


def test_its_office_in_a_follow_up_is_the_office_of_what_it_refers_to(almaria):
    """"Who is its prime minister?" after a question on Ostria asks for Ostria's, not the first source's."""
    sources = [(1, Chunk(id="a", text="head of government: Prime Minister Anna VELL (since 2024)", doc_id="a",
                         title="Fact Sheet: Almaria", url=None, start=0, end=57)),
               (2, Chunk(id="o", text="head of government: Prime Minister Karl BRENN (since 2025)", doc_id="o",
                         title="Fact Sheet: Ostria", url=None, start=0, end=58))]
    ranked = almaria.scorer.score(with_borrowed_names("Who is its prime minister?", ["Ostria"]), sources, lambda term: 1.0)
    assert "BRENN" in ranked[0].text


def test_a_follow_up_that_names_no_subject_asks_about_the_previous_one(almaria):
    """"How much of that comes from petroleum?" after "What are Ostria's total emissions?" asks of Ostria's, though
    the first source is Almaria's."""
    sources = [(1, Chunk(id="a", text="from petroleum and other liquids: 2.4 million metric tonnes of CO2 (2023 est.)",
                         doc_id="a", title="Fact Sheet: Almaria", url=None, start=0, end=79)),
               (2, Chunk(id="o", text="from petroleum and other liquids: 11.6 million metric tonnes of CO2 (2023 est.)",
                         doc_id="o", title="Fact Sheet: Ostria", url=None, start=0, end=80))]
    question = with_borrowed_names("How much of that comes from petroleum?", ["Ostria's", "CO2"])
    assert "11.6" in almaria.scorer.score(question, sources, lambda term: 1.0)[0].text


def test_a_follow_up_s_its_is_the_previous_subject_though_it_names_another_country(almaria):
    """"How much of its imports come from Ostria?" after "Which countries are Almaria's top import partners?" asks of
    Almaria's imports: Ostria is the partner, and the fact sheet of a third country that lists both is not Almaria's."""
    sheets = [("Fact Sheet: Portland", "Imports - partners\nOstria 18%, Almaria 9%, Genoa 5% (2021)"),
              ("Fact Sheet: Almaria", "Imports - partners\nGenoa 14%, Ostria 6%, Brenn 4% (2023)"),
              ("Fact Sheet: Ostria", "Imports - partners\nAlmaria 21%, Genoa 11%, Brenn 3% (2023)")]
    sources = [(n, Chunk(id=str(n), text=text, doc_id=str(n), title=title, url=None, start=0, end=len(text)))
               for n, (title, text) in enumerate(sheets, 1)]
    question = with_borrowed_names("How much of its imports come from Ostria?", ["Almaria's", "Genoa", "Brenn"])
    assert "Genoa 14%" in almaria.scorer.score(question, sources, lambda term: 1.0)[0].text


@pytest.mark.parametrize("text, expected", [
    ("Urbanization of Almaria\nrate of urbanization: 1.2% annual rate of change (2020-25 est.)", "1.2%"),
    ("The towns of Almaria grew by 1.2% in 2020 after the floods.", None),  # a figure, but no rate of anything
])
def test_how_fast_a_change_goes_is_answered_by_its_rate(almaria, text, expected):
    assert_answers(almaria, "How fast is Almaria urbanizing?", text, expected)


@pytest.mark.parametrize("text, expected", [
    ("The monks of Portville prayed in the 14th century chapel of the lighthouse until 1900.", "14th century chapel"),
    ("The lighthouse of Portville was built by Genoese engineers in 1502.", "1502"),
    ("The lighthouse of Portville got a new lamp from Westhaven.", None),
])
def test_how_old_a_thing_is_is_answered_by_its_century_or_when_it_was_built(almaria, text, expected):
    assert_answers(almaria, "How old is the lighthouse of Portville?", text, expected)


@pytest.mark.parametrize("text, expected", [
    ("By 1422, according to the Almarian Office for Refugees, 800 out of 1,100 had returned to Portville.", "800 out of 1,100"),
    ("By 1422, 800 out of 1,100 had returned to Portville.", None),  # the sentence does not say who
])
def test_a_count_with_no_noun_of_its_own_counts_what_its_sentence_names(almaria, text, expected):
    assert_answers(almaria, "How many refugees had returned to Portville?", text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Residents of Portville and three other towns gathered and lit candles for the keepers.", None),
    ("Residents of Portville lit three hundred candles for the keepers.", "three hundred candles"),
])
def test_a_count_stops_at_the_verb_after_what_it_counts(almaria, text, expected):
    """"three other towns gathered and lit candles" counts towns, not candles."""
    assert_answers(almaria, "How many candles were lit in Portville?", text, expected)


def test_what_did_x_call_y_is_answered_by_how_x_described_it(almaria):
    """"What did ... call ...?" asks for a characterisation: "described as ..." meets its "call"."""
    text = ('The Duchess declared a day of mourning for the storm, which she described as "the wrath of the sea". '
            'The harbour master called on the Duchess after the storm.')
    assert "wrath of the sea" in one_passage_answer(almaria, "What did the Duchess call the storm?", text)


def test_a_people_s_word_in_the_question_is_met_by_its_country_in_the_title(almaria):
    """"How much did the Ostrian government spend?" is asked of *The World Factbook: Ostria*, which says "Ostria"."""
    question = "How much did the Ostrian government spend in 2022?"
    text = "Budget\nrevenues: $2.1 billion (2022 est.)\nexpenditures: $2.5 billion (2022 est.)"
    assert "ostrian" not in scored(almaria, question, text, title="The World Factbook: Ostria")[0].missing
    assert "ostrian" in scored(almaria, question, text, title="Notes")[0].missing


@pytest.mark.parametrize("text, expected", [
    ("2024 - first Almarian astronaut in space aboard the Orbital Tower Station; first satellite launched by Ostria.", None),
    ("In 2024 Mira Solen became the first Almarian astronaut, after two years of training.", "Mira Solen"),
    ("The first Almarian astronaut, Mira Solen, flew in 2024.", "Mira Solen"),
    # a field names what its key names (in a passage that names whose it is: one that never names Almaria tells of no
    # Almarian astronaut, as "What was the name of the Chinese brigade ...?" is not told by another's brigade)
    ("Space program\nfirst astronaut name: Mira Solen\nnote: the Almarian space agency was founded in 2019", "Mira Solen"),
    ("Space program\nfirst astronaut name: Mira Solen", None),
    ("Capital\nname: Solenburg", None),  # a name, but of something else
])
def test_what_was_the_name_of_x_wants_a_name_given_to_x(almaria, text, expected):
    assert_answers(almaria, "What was the name of the first Almarian astronaut?", text, expected)


@pytest.mark.parametrize("text, expected", [
    # the sentence names the trucks, not their driver
    ("On 3 May two trucks owned by Lumen Freight blocked the bridge at Portville.", None),
    ("On 3 May Tarn Vell, the driver of two trucks owned by Lumen Freight, blocked the bridge at Portville.", "Tarn Vell"),
])
def test_the_name_of_x_of_y_wants_a_name_given_to_x_not_to_y(almaria, text, expected):
    assert_answers(almaria, "What was the name of the driver of the trucks that blocked the bridge at Portville?", text,
                   expected)


def test_a_name_in_a_sentence_that_goes_on_from_the_thing_s_sentence_is_not_its_name(almaria):
    """The hospital is named in the first sentence, without a name; "He demanded ... to Almaria." goes on from it and
    names a country, not the hospital."""
    text = ("Minister Dren Hollis said that six gunmen had escaped to Ostria and were receiving treatment for their "
            "injuries at a hospital in Velmar. He demanded their extradition to Almaria.")
    assert_answers(almaria, "What was the name of the hospital in Velmar where the escaped gunmen were treated?", text,
                   None)


def test_a_place_s_coordinates_are_no_count(almaria):
    """"44 50 N, 20 30 E" locates the capital: it does not count its people."""
    sheet = "Capital\nname: Solenburg\ngeographic coordinates: 44 50 N, 20 30 E\ntime difference: UTC+1"
    assert fact_sheet_answer(almaria, "How many people live in Solenburg?", sheet) == DECLINE


def test_a_passage_s_own_section_heading_is_not_one_of_its_sentences(almaria):
    """A heading longer than a heading is taken to be ("After the fall of the Tower (1420–26)") is where the passage
    sits: it is not quoted as a claim."""
    heading = "After the fall of the Tower (1420–26)"
    text = f"{heading}\n\nThe Tower of Portville fell on 3 May 1420, after a siege of six weeks."
    chunk = Chunk(id="c", text=text, doc_id="d", title="Notes", url=None, start=0, end=len(text), heading=heading)
    assert [c.text for c in almaria.scorer.candidates([(1, chunk)])] == [text.split("\n\n")[1]]


@pytest.mark.parametrize("question, text, expected", [
    # a figure of speed, distance or weight comes in a unit of it
    ("How fast can the Tower barge sail?", "The Tower barge has a range exceeding six miles and carries 40 passengers.", None),
    ("How fast can the Tower barge sail?", "The Tower barge can sail at 12 knots when fully loaded.", "12 knots"),
    ("How heavy is the great bell of Portville?", "The great bell of Portville was cast by dozens of workers.", None),
    ("How heavy is the great bell of Portville?", "The great bell of Portville weighs about 3 tons.", "3 tons"),
    # "the ODL's special representative" is an office: a sentence that names no holder of it does not answer
    ("Who is the ODL's special representative for Portville?", "The ODL met in Portville to discuss the harbour dues.", None),
    ("Who is the ODL's special representative for Portville?", "ODL special representative Mira Solen visited Portville.",
     "Mira Solen"),
    # "Who will replace Solen?" asks for someone other than Solen, though it gives one name only
    ("Who will replace Solen as harbour master?", "Harbour master Mira Solen took office in 1420 for a five-year term.", None),
    ("Who will replace Solen as harbour master?", "Ivo Tarn will replace Mira Solen as harbour master next year.", "Ivo Tarn"),
    # an envoy is one to where the question says: Almaria's ambassador to Genoa is not its ambassador to Ostria
    ("Who is Almaria's ambassador to Ostria?", "Almaria's ambassador to Genoa is Ambassador Ivo Tarn.", None),
    ("Who is Almaria's ambassador to Ostria?", "Almaria's ambassador to Ostria is Ambassador Ivo Tarn.", "Ivo Tarn"),
    # ... a place of two names or more may be written by its initials; an envoy "in" a city sits where the passage says
    ("Who is Almaria's ambassador to the Northern Isles?", "Almaria's mission in the NI: Ambassador Ivo Tarn.", "Ivo Tarn"),
    ("Who is Almaria's ambassador in Ostgard?", "Almaria's ambassador to Genoa is Ambassador Ivo Tarn.", None),
    ("Who is Almaria's ambassador in Ostgard?", "Ambassador Ivo Tarn leads the mission. Almaria's embassy is in Ostgard.",
     "Ivo Tarn"),
    # ... and is sent by the country the question says: not posted in it, nor sent from another; "American" is the US's
    ("Who is the American ambassador to Almaria?", "Almaria's representation in the US: Ambassador Ivo Tarn.", None),
    ("Who is the American ambassador to Almaria?", "Representation from the US in Almaria: Ambassador Mira Solen.",
     "Mira Solen"),
    ("Who is the Almarian ambassador to Ostria?", "Representation from Genoa to Ostria: Ambassador Ivo Tarn.", None),
    ("Who is the American ambassador to Ostria?", "Ivo Tarn, the US Ambassador to Genoa, visited Ostria.", None),
    # ... and a post left vacant is what the sources say of its holder
    ("Who is the American ambassador to Ostria?",
     "Representation from the US in Ostria\nchief of mission: Ambassador (vacant); Chargé d'Affaires Ivo Tarn", "vacant"),
    # a distance at sea comes in nautical miles
    ("How far do Ostria's territorial waters reach?", "Maritime claims\nterritorial sea: 12 nm", "12 nm"),
    # "How long has ... been ...?" is answered by when it began ("since 1702") as by a span of time
    ("How long has the Portville fair been held?", "The Portville fair has been held every spring since 1702.",
     "since 1702"),
    # "How many of the N were Y?" asks for the part, not the whole: a count said to be Y, or none
    ("How many of the people who fled the floods were Ostrians?",
     "In all, 400 people fled the floods of Portville. Of these, 250 were Ostrians and 150 Almarians.", "250 were Ostrians"),
    ("How many of the sailors were later rescued?", "Twelve sailors were lost at sea off Portville in 1702.", None),
    # "the only meeting" counts one
    ("How many meetings did the Duke and the mayor of Portville hold?",
     "In fact, the only meeting between the Duke and the mayor of Portville took place in May 1870.", "the only meeting"),
    # a people counted by name alone is counted by that name, not as "people"
    ("How many Ostrians were killed in the floods?",
     "In all, 400 people were killed in the floods of Portville. The Ostrians sent ships to help.", None),
    ("How many Ostrians were killed in the floods?",
     "In all, 400 people were killed in the floods of Portville, among them 120 Ostrians.", "120 Ostrians"),
    # ... "of whom" it is said ("four of whom were later released")
    ("How many of those held in Portville were later released?",
     "A total of twelve sailors were held in Portville, five of whom were later released.", "five of whom"),
    # a share is given as one; a share of a field that lists its parts by key is the part the question names
    ("What share of Ostria's budget goes to the navy?", "Ostria's budget of 4 billion crowns goes mostly to the navy.", None),
    ("What share of Ostria's budget goes to the navy?", "The navy gets 31% of Ostria's budget.", "31%"),
    ("What share of Ostria's power capacity is geothermal?", OSTRIAN_POWER, None),
    ("What share of Ostria's power capacity is solar?", OSTRIAN_POWER, "solar: 35%"),
    # an age asked for by name is given as one: "until retirement age" gives none, whatever else the sentence counts
    ("What is the retirement age for judges in Ostria?",
     "Judges in Ostria, chosen by a 13-member council, serve until retirement age; court judges serve single, 9-year terms.",
     None),
    ("What is the retirement age for judges in Ostria?", "Judges in Ostria serve until retirement at age 65.", "age 65"),
    ("What is the median age in Ostria?", "Median age in Ostria: 31.3 years (2025 est.)", "31.3 years"),
    ("Up to what age can officers enlist in the Ostrian guard?", "The Ostrian guard enlists officers; 40 officers serve.", None),
    ("Up to what age can officers enlist in the Ostrian guard?",
     "The upper age for enlisting in the Ostrian guard is 30 for officers.", "30 for officers"),
    # "how early" / "how late" asks for a span of time, not for the two places a dialogue is "between"
    ("How early did the barges reach Portville?",
     "The early arrival of the barges in Portville strained the talks between Almaria and Ostria.", None),
    ("How early did the barges reach Portville?", "The barges reached Portville three weeks ahead of schedule.",
     "three weeks ahead"),
])
def test_what_the_question_asks_for_besides_its_kind(almaria, question, text, expected):
    assert_answers(almaria, question, text, expected)


@pytest.mark.parametrize("people, country, same", [
    ("Serbian", "Serbia", True), ("Turkish", "Turkey", True), ("Kosovar", "Kosovo", True), ("British", "Britain", True),
    ("Cypriot", "Cyprus", True), ("Belgian", "Belgrade", False), ("Kurdish", "Kurti", False),
    # two forms of one country's name; not two countries that share four letters
    ("Türkiye", "Turkey", True), ("Slovakia", "Slovenia", False),
])
def test_a_people_s_word_and_its_country_s_name_are_one_name(people, country, same):
    from app.text import same_name
    assert same_name(content_terms(people)[0], content_terms(country)[0]) is same


def test_how_many_is_answered_only_where_the_names_it_gives_are(almaria):
    """"How many Ostrian soldiers were wounded?" is not answered by a count of wounded soldiers in a passage
    that never names Ostria: that is somebody else's count."""
    question = "How many Ostrian soldiers were wounded in the siege?"
    assert one_passage_answer(almaria, question, "In the siege, 462 soldiers were killed and 299 wounded.") == DECLINE
    assert "299" in one_passage_answer(almaria, question, "In the siege, 462 Ostrian soldiers were killed and 299 wounded.")


def test_a_sentence_that_negates_the_verb_meets_refuse_to(almaria):
    """"Which countries refuse to recognise Ostria?" is answered by "... do not recognize Ostria"."""
    question = "Which countries refuse to recognise Ostria?"
    text = "Five countries of the league do not recognize Ostria. Ostria recognises the league."
    by_text = {c.text: c for c in scored(almaria, question, text)}
    assert "refus" not in by_text["Five countries of the league do not recognize Ostria."].missing
    assert "refus" in by_text["Ostria recognises the league."].missing


def test_a_when_question_is_answered_to_the_day_where_a_sentence_gives_it(almaria):
    """"When did the Tower fall?": "... fell on 3 May 1420" answers better than "... fell in 1420", though that
    one is worded closer to the question."""
    question = "When did the Tower of Portville fall?"
    year = "The Tower of Portville fell in 1420."
    day = ("Chroniclers of the Ostrian court later recorded that the harbour stores burned and the Tower of Portville "
           "fell on 3 May 1420, while the merchants of Almaria were still at sea.")
    chunks = [Chunk(id=str(n), text=text, doc_id=str(n), title="Notes", url=None, start=0, end=len(text))
              for n, text in ((1, year), (2, day))]
    assert "3 May 1420" in passages_answer(almaria, question, chunks)


@pytest.mark.parametrize("question, text, expected", [
    ("How many students joined the protests in Portville?", "Students in Portville kept up their protests for 11 months.", None),
    ("How many students joined the protests in Portville?", "About 3,000 students joined the protests in Portville.", "3,000"),
    ("How many months did the protests in Portville last?", "Students in Portville kept up their protests for 11 months.",
     "11 months"),
])
def test_a_span_of_time_counts_only_time(almaria, question, text, expected):
    assert_answers(almaria, question, text, expected)


def test_that_company_in_a_follow_up_is_the_company_the_previous_exchange_names():
    from app.chain import resolved_question
    history = [{"role": "user", "content": "Who built the Tower barge?"},
               {"role": "assistant", "content": "The barge was built by the shipyard company Tarnco in 1420. [1]"}]
    assert resolved_question("And who runs that company?", history) == "And who runs the company Tarnco?"
    named_before = [history[0], {"role": "assistant", "content": "The Portville Shipyard company built it. [1]"}]
    assert resolved_question("Who owns that company?", named_before) == "Who owns the Portville Shipyard company?"
    assert resolved_question("Why did that happen?", history) == "Why did that happen?"
    assert resolved_question("And who runs that company?", []) == "And who runs that company?"


@pytest.mark.parametrize("text, expected", [
    ("The shipyard company Tarnco built the Tower barge for the Almarian navy.", None),
    ("The shipyard company Tarnco, headed by Mira Solen since 1415, built the Tower barge.", "Mira Solen"),
])
def test_who_runs_x_wants_someone_other_than_x(almaria, text, expected):
    assert_answers(almaria, "Who runs Tarnco?", text, expected)


def test_a_topic_sentence_that_restates_the_question_brings_the_next_one(almaria):
    """"What contradiction does the guild face?" is not answered by "The guild faces its own contradictions on the salt
    question." alone: what that sentence only names, the next one says."""
    text = ("The Salt Guild of Portville faces its own contradictions on the salt question. While it condemns the salt "
            "tax of Almaria, the guild raises its own dues every year.")
    assert_answers(almaria, "What contradiction does the Salt Guild of Portville face on salt?", text, "raises its own dues")


def test_the_sentence_going_on_that_holds_what_the_best_lacks_joins_it(almaria):
    """"What were the guild wardens nicknamed?": the sentence that names the wardens lacks the nickname; of the two
    sentences that go on about them, the one that gives it joins, not merely the next one."""
    text = ("The wardens of the Salt Guild of Portville were a large body of unarmed inspectors. Their patience was "
            "short from the start. They were nicknamed the grey herons after their long coats.")
    assert_answers(almaria, "What were the Salt Guild wardens nicknamed?", text, "grey herons")


def test_the_office_a_question_names_in_its_own_words_is_no_other_office(almaria):
    """"Trade Minister of the ... government" is the "Minister of Trade" of that government, not another's office."""
    text = ("The Almarian government in exile was led by Ivo Tarn, and its Minister of Trade until 1420 was the former "
            "captain Mira Solen.")
    assert_answers(almaria, "Who was Trade Minister of the Almarian government in exile?", text, "Mira Solen")


def test_an_attribute_no_passage_mentions_is_not_answered(almaria):
    """"What is the wingspan of the lighthouse?" when no passage mentions a wingspan (nor a word WordNet gives for it):
    the sources do not say, however much they say of the lighthouse; an attribute they do mention is answered."""
    assert almaria.chain.ask("What is the wingspan of the lighthouse of Portville?").answer == DECLINE
    assert almaria.chain.ask("What is Almaria's national bird?").answer == DECLINE  # (asked of a name's own)
    # ... nor one whose noun the passages hold, when a word before it that can only be a noun is in none ("the harbour
    # tax" is no "divorce tax")
    assert almaria.chain.ask("What is Almaria's divorce tax?").answer == DECLINE
    assert "Lantern Song" in almaria.chain.ask("What is the title of the national anthem of Almaria?").answer



def test_a_post_no_passage_names_is_not_answered(almaria):
    """"Who was the rector of ...?" when no passage names a rector: the sources do not say, however much they say of
    the guild; a post they name is answered."""
    assert almaria.chain.ask("Who was the rector of the Salt Guild of Portville in 1931?").answer == DECLINE
    assert "Tomas Brel" in almaria.chain.ask("Who was the mayor of Portville in 1931?").answer


def test_of_these_is_read_with_the_sentence_before(almaria):
    """"Of these, 250 were Ostrians" counts the people the sentence before speaks of, as "These people ..." does."""
    text = "In all, 400 people fled the floods of Portville. Of these, 250 were Ostrians and 150 Almarians."
    of_these = next(c for c in scored(almaria, "How many of the people who fled the floods were Ostrians?", text)
                    if c.text.startswith("Of these"))
    assert not {"flood", "fled"} & of_these.missing


def test_a_surname_in_capitals_after_a_first_name_is_a_name():
    assert _names_someone_else("chief of mission: Alexander TITOLO (since January 2025)", set())
    assert not _names_someone_else("The NATO KFOR troops left the border.", set())


@pytest.mark.parametrize("text, expected", [
    ("The Ostrian envoy Mira Solen replied that the harbour dues would stay as they were.", "harbour dues would stay"),
    ('"The dues stay," Mira Solen said on Tuesday.', "The dues stay"),
    # the speaker as an object, or someone else speaking, does not answer
    ("In a letter, the Almarian council called Mira Solen a friend and announced new harbour dues.", None),
    ('"I asked Solen to lower the harbour dues," the mayor of Portville said.', None),
    ("The harbour dues of Portville were raised twice in 1420.", None),
])
def test_what_someone_said_is_answered_only_by_their_words(almaria, text, expected):
    """"What did Solen reply ...?" is answered by a sentence in which Solen speaks."""
    assert_answers(almaria, "What did Solen reply about the harbour dues?", text, expected)


def test_words_said_to_someone_are_answered_only_by_a_sentence_that_names_them(almaria):
    """"What did Solen tell the Ostrian envoys?" asks for words said to someone it names: Solen's threat to the mayor of
    Portville was said to another; "threatened ... that" is a way of saying."""
    text = 'Mira Solen threatened Mayor Tarn that if he did not obey, "the harbour will close".'
    assert_answers(almaria, "What did Solen warn Tarn would happen to the harbour?", text, "the harbour will close")
    assert_answers(almaria, "What did Solen tell the Ostrian envoys about the harbour?", text, None)
    assert_answers(almaria, "What did Solen say to the Ostrian envoys about the harbour?", text, None)
    # ("say" is said to no one it names: what follows it is what was said)
    assert_answers(almaria, "What did Solen say Almaria would do to the harbour?", f"Almaria was in debt. {text}",
                   "the harbour will close")


def test_what_someone_said_about_a_named_thing_comes_from_a_passage_that_names_it(almaria):
    """"What did Solen say about the Portville riots?" is not answered by Solen's words in a passage that never names
    Portville: they are about something else."""
    question = "What did Solen say about the Portville riots?"
    assert_answers(almaria, question, 'Mira Solen said that "the riots were a disgrace".', None)
    assert_answers(almaria, question, 'The riots shook Portville. Mira Solen said that "the riots were a disgrace".',
                   "the riots were a disgrace")
    # (the speaker's own names need not be: "Ostrian Envoy Mira Solen" may speak in a passage that never names Ostria)
    assert_answers(almaria, "What did Ostrian Envoy Mira Solen say about the riots?",
                   'Mira Solen said that "the riots were a disgrace".', "the riots were a disgrace")


def test_words_of_an_office_holder_of_a_named_country_come_from_a_passage_that_names_it(almaria):
    """"What did Ostria's prime minister say about the harbour?" asks for the words of Ostria's: a prime minister who
    speaks in a passage that never names Ostria is another country's."""
    question = "What did Ostria's prime minister say about the harbour dues?"
    assert_answers(almaria, question, 'Prime Minister Tarn said that "the harbour dues will stay".', None)
    assert_answers(almaria, question, 'Ostria protested. Prime Minister Tarn said that "the harbour dues will stay".',
                   "the harbour dues will stay")


def test_an_acronym_is_spelled_out_by_a_word_in_capitals_and_capitalised_words():
    """"UNHCR" is spelled out by "UN High Commissioner for Refugees": a word in capitals gives all its letters."""
    from app.extractive import _spelled_out
    assert _spelled_out("UNHCR").search("according to the UN High Commissioner for Refugees, 848,100 had returned")
    assert _spelled_out("OSL").search("some 40 Ostrian Salt League sailors")
    assert not _spelled_out("UNHCR").search("the UNHCR said")  # (the acronym itself spells nothing out)
    assert not _spelled_out("UNHCR").search("the UN Human Rights Council")


def test_a_count_by_a_body_an_acronym_names_is_given_where_its_words_spell_it_out(almaria):
    question = "How many sailors had returned to Portville by 1703, according to the OSLC?"
    assert_answers(almaria, question, "By 1703, according to the OS League Council, 310 sailors had returned to Portville.",
                   "310")
    assert_answers(almaria, question, "By 1703, according to the Almarian Grain Union, 310 sailors had returned to "
                   "Portville.", None)


def test_a_country_that_says_it_by_it_further_on_speaks(almaria):
    """"What does Ostria say it maintains ...?" is answered by "Ostria has refused ..., instead maintaining what it
    describes as harbour neutrality": the country, the sentence's subject, says it by "it"."""
    from app.extractive import _speaks
    sentence = ("Ostria has refused to join the Almarian salt league, instead maintaining what it describes as harbour "
                "neutrality.")
    assert _speaks(sentence, "", {"ostria"})
    assert not _speaks("Almaria praised the salt league, which Ostria has refused to join.", "", {"ostria"})
    assert "harbour neutrality" in one_passage_answer(
        almaria, "What does Ostria say it maintains instead of joining the salt league?", sentence)


def test_he_said_is_read_with_the_speaker_the_sentence_before_names_first(almaria):
    from app.extractive import _speaks
    before = "Mayor Ivo Tarn of Portville met the Ostrian envoy on Tuesday."
    assert _speaks("He said the harbour dues would stay.", before, {"tarn"})
    assert _speaks("According to him, the harbour dues would stay.", before, {"tarn"})
    assert not _speaks("He said the harbour dues would stay.", before, {"ostrian"})
    assert not _speaks("He said the harbour dues would stay.", '"I met Ivo Tarn," the envoy wrote.', {"tarn"})
    # ... after a quotation, whom it names after the quotation; past an opening date ("On 1 October, ...")
    assert _speaks("She added that the dues would stay.", '"We will never sell grain," Mira Solen declared.', {"solen"})
    assert _speaks("He revealed that the fleet had sailed.", "On 1 October, Ivo Tarn spoke at the harbour.", {"tarn"})
    assert _speaks("Ivo Tarn later disclosed that the fleet had sailed.", "", {"tarn"})
    # ... and a name quoted "with the line ..." after it, even as the agent of a passive
    assert _speaks('The orders were rejected by Mayor Ivo Tarn, with the now famous line, "No ship leaves tonight."', "",
                   {"tarn"})
    assert not _speaks('The orders were rejected by Mayor Ivo Tarn, and the fleet stayed.', "", {"tarn"})
    # ... past an aside between commas, unless the aside is what says it
    assert _speaks("By contrast, Mira Solen, who sailed to Genoa in 1420, said the dues would stay.", "", {"solen"})
    assert _speaks('The report quotes Ivo Tarn, who claimed that "from 1410 to 1420, the dues doubled".', "", {"tarn"})
    # ... and a subject that does something, "claiming ..."
    assert _speaks("On 1 May, Mira Solen published a letter in Portville, claiming that the dues had doubled.", "", {"solen"})
    assert not _speaks("On 1 May, the council wrote to Mira Solen in Portville, claiming that the dues had doubled.", "",
                       {"solen"})


def test_according_to_someone_prefers_their_words(almaria):
    """"..., according to Solen?" is answered by what Solen says when a sentence has Solen speak, not by the
    narrator's sentence that repeats more of the question."""
    text = ("Ostria trades salt with the ports of Genoa and Westhaven. "
            "Mira Solen said that the merchants also go to Tarnby.")
    assert_answers(almaria, "With which ports does Ostria trade salt, according to Mira Solen?", text, "Tarnby")
    assert_answers(almaria, "With which ports does Ostria trade salt?", text, "Genoa")


def test_who_won_is_answered_by_a_reelection_from_a_passage_that_names_the_place(almaria):
    """Fact sheets give results as "reelected ...; percent of vote - ..."; a result from a passage that never names
    the place the question asks about is another place's."""
    question = "Who won the 1420 harbour election in Ostria?"
    assert "Ivo Tarn" in one_passage_answer(
        almaria, question, "Ostria harbour election 1420: Ivo Tarn reelected in first round; percent of vote - Ivo Tarn 60%.")
    assert one_passage_answer(
        almaria, question, "Almaria harbour election 1420: Ivo Tarn reelected in first round; percent of vote - Ivo Tarn 60%.") == DECLINE


def test_a_figure_from_a_document_about_another_subject_does_not_answer(almaria):
    """"What is the retirement age for judges in Ostria?" is not answered by Almaria's fact sheet, whose passage never
    names Ostria, when Ostria's own sheet is among the sources (it titles the subject) and gives no such age."""
    texts = {"Facts: Ostria": "Judges in Ostria are appointed by the council and serve until retirement.",
             "Facts: Almaria": "Judges in Almaria serve until mandatory retirement at age 65."}
    chunks = titled_chunks(texts)
    assert passages_answer(almaria, "What is the mandatory retirement age for judges in Ostria?", chunks) == DECLINE
    assert "age 65" in passages_answer(almaria, "What is the mandatory retirement age for judges in Almaria?", chunks)


def test_a_count_of_what_someone_did_is_given_by_a_sentence_that_names_them(almaria):
    """"How many drones has Ostria bought?" is not answered by a count in a sentence that never names Ostria, though its
    passage and its title do (the drones Almaria received); a fact sheet's figure is its title's subject's."""
    prose = ("Ostria condemned the delivery. The arrival of thousands of kamikaze drones is not just a military "
             "development, it is a warning.")
    chunk = Chunk(id="a", text=prose, doc_id="a", title="Ostria's drones in Almaria", url=None, start=0, end=len(prose))
    assert passages_answer(almaria, "How many kamikaze drones has Ostria bought?", [chunk]) == DECLINE
    named = "Ostria condemned the delivery. Ostria bought thousands of kamikaze drones, a warning."
    chunk = Chunk(id="b", text=named, doc_id="b", title="Ostria's drones in Almaria", url=None, start=0, end=len(named))
    assert "thousands" in passages_answer(almaria, "How many kamikaze drones has Ostria bought?", [chunk])
    sheet = "Airports\n12 (2024)\n\nHeliports\n3 (2024)"
    chunk = Chunk(id="c", text=sheet, doc_id="c", title="Facts: Ostria", url=None, start=0, end=len(sheet))
    assert "12 (2024)" in passages_answer(almaria, "How many airports does Ostria have?", [chunk])


def test_a_sentence_giving_a_named_fields_measure_is_as_good_as_the_field(almaria):
    """"At what elevation does Almaria's central basin lie?" is answered by the terrain line that gives "an elevation of
    400-700 m" for the basin, not only by the "Elevation" field's highest and lowest points."""
    sheet = ("Terrain\nflat river basin at an elevation of 400-700 m above sea level ringed by high mountains\n\n"
             "Elevation\nhighest point: Mount Almar 2,656 m\nlowest point: Almar river 297 m\nmean elevation: 450 m")
    answer = one_passage_answer(almaria, "At what elevation does Almaria's central basin lie?", sheet)
    assert answer.startswith("Terrain\nflat river basin at an elevation of 400-700 m"), answer


def test_how_many_of_them_were_worded_otherwise_is_told_by_the_words_after_the_verb(almaria):
    """"How many of the deaths ... were put down to winter fever?": the sentence need not say "put", when it holds every
    word that tells the part after the verb ("attributed to winter fever"); another cause is no answer."""
    question = "How many of the deaths in the harbour survey were put down to winter fever?"
    assert_answers(almaria, question, "67 out of the 105 deaths in the harbour survey were attributed to winter fever.", "67")
    assert_answers(almaria, question, "67 out of the 105 deaths in the harbour survey were attributed to old age.", None)


def test_a_why_question_is_answered_by_a_sentence_that_says_it_did_not_happen(almaria):
    """"Why did the Almarian Assembly welcome the Ostrian envoy?" with the premise wrong: a sentence that says it did
    not, holding every word of the question in some form ("was not received well"), answers before one that tells
    what else the Assembly did; one that denies something else does not."""
    question = "Why did the Almarian Assembly welcome the Ostrian envoy?"
    others = "Some Ostrian envoys were later sent to the Almarian Assembly by the Ostrian court. "
    ranked = scored(almaria, question, others + "The Ostrian envoy was not received well by the Almarian Assembly.")
    assert "not received well" in ranked[0].text
    ranked = scored(almaria, question, others + "The Ostrian envoy was not paid by the Almarian Assembly.")
    assert "later sent" in ranked[0].text


def test_a_count_of_those_an_acronym_names_is_theirs_when_spelled_out(almaria):
    """"How many OSL sailors ...?" counts the "Ostrian Salt League sailors" of a sentence that spells the acronym out;
    not the sailors of another league."""
    question = "How many OSL sailors drowned off Portville in 1702?"
    mourned = " The OSL mourned its sailors for a year."
    assert_answers(almaria, question, "In 1702 some 40 Ostrian Salt League sailors drowned off Portville." + mourned, "40")
    assert_answers(almaria, question, "In 1702 some 40 Almarian Grain Union sailors drowned off Portville." + mourned, None)


def test_a_sentence_opening_with_the_noun_of_a_name_before_it_is_read_with_that_name(almaria):
    """"The accords called for ..." speaks of the accords the sentence before names ("the Portville Accords"), so it
    answers "What did the Portville Accords call for?" before a sentence that names them and says something else."""
    text = ("In 1870 Almaria and Ostria signed what became known as the Portville Accords, while the guilds refused. "
            "The accords called for a new sea wall along the harbour.")
    assert_quotes(almaria, "What did the Portville accords call for?", text, "sea wall", "guilds refused")


def test_a_when_question_is_answered_by_a_sentence_that_says_it_never_happened(almaria):
    """"When did Almaria join the Coastal League?" with the premise wrong: "Almaria is not a member of the Coastal
    League" answers it, though it gives no date; a sentence that does not name what the question names does not."""
    assert_answers(almaria, "When did Almaria join the Coastal League?",
                   "Almaria is not a member of the Coastal League, and three of its towns do not recognise the charter.",
                   "not a member")
    assert_answers(almaria, "When did Almaria join the Coastal League?",
                   "Almaria is not a member of the Grain Union, and three of its towns do not recognise the charter.", None)


def test_a_field_of_other_years_does_not_silence_prose_of_the_asked_year(almaria):
    """"What drove the population of the harbour towns to emigrate in 1988?" names the "Population" field, dated 2024
    only; a sentence of 1988 still answers it (the field's other years decline only when no prose of that year is
    among the sources)."""
    text = ("Population\ntotal: 2,345,678 (2024 est.)\n\nIn 1988 a fever among the population of the harbour towns "
            "drove many families to emigrate.")
    assert_answers(almaria, "What drove the population of the harbour towns to emigrate in 1988?", text, "fever")
    assert_answers(almaria, "What was the population of Almaria in 1988?", "Population\ntotal: 2,345,678 (2024 est.)", None)


def test_a_number_that_bounds_what_is_asked_is_one_the_answer_gives(almaria):
    """"What share of Almaria's population is over 100?" is not answered by the share over 65, nor by a note on the
    top 10% of incomes; "over 65" is."""
    sheet = ("Age structure\n0-14 years: 14%\n15-64 years: 66%\n65 years and over: 20% (2024 est.)\n"
             "note: % share of income accruing to lowest and highest 10% of population")
    assert_answers(almaria, "What share of Almaria's population is over 100?", sheet, None)
    assert_answers(almaria, "What share of Almaria's population is over 65?", sheet, "20%")


def test_how_much_of_a_named_thing_wants_a_figure_that_names_it(almaria):
    """"How much natural gas does Almaria import?" is not answered by the figure of all its imports."""
    assert_answers(almaria, "How much natural gas does Almaria import?", "Imports\n$7.362 billion (2023 est.)", None)
    assert_answers(almaria, "How much natural gas does Almaria import?",
                   "Natural gas\nimports: 2.471 billion cubic meters (2023 est.)", "2.471 billion cubic meters")
    assert_answers(almaria, "How much did Almaria import in 2023?", "Imports\n$7.362 billion (2023 est.)", "$7.362 billion")


def test_a_purpose_answers_why_even_in_the_sentence_said_before(almaria):
    """"Why?" after "What did the mayor ask the guild to do?" is answered by the same sentence's purpose ("to prevent
    further loss of ships"): a reason is a kind of answer the first question did not ask for."""
    text = "The mayor asked the guild to close the harbour to prevent further loss of ships."
    assert _has_kind("reason", text)
    chunk = Chunk(id="c", text=text, doc_id="d", title="Notes", url=None, start=0, end=len(text))

    def score(asked: tuple[str, ...]) -> float:
        return almaria.scorer.score("Why?", [(1, chunk)], almaria.retriever.idf, (text,), asked)[0].score

    assert score(("What did the mayor ask the guild to do?",)) == \
        almaria.scorer.score("Why?", [(1, chunk)], almaria.retriever.idf)[0].score
    assert score(("Why did the mayor speak?",)) < score(("What did the mayor ask the guild to do?",))


def test_a_fact_sheet_figure_is_its_documents_though_a_note_names_another_subject(almaria):
    """Ostria's "rate of urbanization" is Ostria's, though its note says Ostria's data include Almaria: it does not
    answer how fast Almaria is urbanizing, when Almaria's own sheet is among the sources and gives no such rate."""
    texts = {"Facts: Ostria": "Urbanization\nurban population: 57.1% of total population (2023)\n"
                              "rate of urbanization: 0.04% annual rate of change (2020-25 est.)\nnote: data include Almaria",
             "Facts: Almaria": "Median age\ntotal: 32.3 years (2025 est.)"}
    chunks = titled_chunks(texts)
    assert passages_answer(almaria, "How fast is Almaria's population urbanizing?", chunks) == DECLINE
    assert "0.04%" in passages_answer(almaria, "How fast is Ostria's population urbanizing?", chunks)


@pytest.mark.parametrize("text, expected", [
    ("Under Resolution 1199 the Ostrian guards took the harbour; the 22 S.A.S. regiment held the Tower.", None),
    ("About 300 Ostrian guards took the harbour, with 5 U.S. observers.", "300"),
])
def test_a_number_that_names_is_no_count(almaria, text, expected):
    """"Resolution 1199", "Chapter 7" and the "22 S.A.S." regiment name something; they count nothing."""
    assert_answers(almaria, "How many Ostrian guards took the harbour?", text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Ivo Tarn wrote the anthem of Portville, adopted in 1421.", None),
    ("The Portville fact sheet gives 1.5 children born/woman (1421 est.).", None),
    ("Ivo Tarn, who wrote the anthem of Portville, was born in 1380.", "1380"),
])
def test_when_was_someone_born_wants_a_birth(almaria, text, expected):
    assert_answers(almaria, "In what year was Ivo Tarn, the composer of Portville's anthem, born?", text, expected)


@pytest.mark.parametrize("question, text, expected", [
    ("How many Ostrian boats were lost in the storm?", "Dozens of Ostrian sailors were trained to sail the boats before the storm.", None),
    ("How many Ostrian boats were lost in the storm?", "In the storm the Ostrian fleet lost twelve of its fishing boats.", "twelve"),
    # words for people count one another, and so do words for troops
    ("How many people were arrested in Portville?", "In Portville as many as 500 inhabitants were arrested.", "500"),
    ("How many troops did Ostria send to Portville?", "Ostria sent about 300 soldiers to Portville.", "300"),
    # ... but a word narrowing the kind counted is told too: people are not stateless persons
    ("How many stateless persons live in Portville?", "In Portville as many as 500 inhabitants were arrested.", None),
    ("How many stateless persons live in Portville?", "Portville counts some 500 stateless inhabitants.", "500"),
    # what a count counts ends at a preposition or a verb ("two raiders died inside a guard post" counts raiders),
    # and is someone else's when it names others than the question's ("Almarian soldiers" for Ostrian soldiers)
    ("How many Ostrian guards were killed at the harbour?", "At the Ostrian harbour two raiders died inside a guard post.", None),
    ("How many Ostrian soldiers were moved to the border?", "Near the Ostrian border, dozens of Almarian soldiers were trained.", None),
    ("How many Ostrian soldiers were moved to the border?", "About 300 Ostrian soldiers were moved to the border.", "300"),
    # a sentence saying there were none answers; a fact sheet's field names what it counts in its key
    ("How many Ostrian ships took part in the blockade?", "The Ostrian navy took no part in the blockade of Portville.", "no part"),
    ("How many seats does the Ostrian Assembly have?", "Ostrian Assembly\nnumber of seats: 120 (all directly elected)", "120"),
])
def test_a_count_answers_only_when_it_counts_what_is_asked(almaria, question, text, expected):
    """"How many drones were lost?" is not answered by "dozens of soldiers were trained": the count stands before what
    it counts."""
    assert_answers(almaria, question, text, expected)


def test_what_a_passage_s_last_sentence_announces_is_quoted_from_the_next_passage(almaria):
    """"... which found that:" ends one passage and "It concluded that ..." opens the next one of the same document:
    the answer quotes both, as it does within one passage."""
    first = "The inquiry into the fall of the Tower of Portville was led by the Harbour Commission, which found that:"
    second = 'It concluded that "the Tower fell to neglect, not to the storm". The harbour dues rose in 1421.'
    chunks = [Chunk(id=f"c{n}", text=text, doc_id="d", title="Notes", url=None, start=start, end=start + len(text))
              for n, (text, start) in enumerate([(first, 0), (second, len(first) + 2)], 1)]
    answer = passages_answer(almaria, "What did the Harbour Commission's inquiry into the Tower's fall find?", chunks)
    assert "which found that:" in answer and "not to the storm" in answer, answer


def test_a_charge_the_question_puts_in_a_speaker_s_mouth_is_answered_by_the_speaker_s_words(almaria):
    """"Which ... does Solen accuse Ostria of ...?" prefers the sentence in which Solen speaks to the narrator's own
    account of the same charge, as "..., according to Solen?" does."""
    text = ('While condemning the blockade, Ostria has been closing its own harbours to Genoa and Tarn ships for years. '
            'Mira Solen, the harbour master, spoke after the storm. '
            '"Ostria closes its harbours to the ships of Genoa, Tarn and Vell," she said.')
    assert_quotes(almaria, "Which ships does Solen accuse Ostria of turning away from its harbours?", text,
                  quoted="Genoa, Tarn and Vell", not_quoted="for years")


def test_a_field_line_whose_key_the_question_names_is_read_under_its_label(almaria):
    """"How much natural gas does Ostria import?": "imports: ..." under the "Natural gas" label is the best
    line, not the field's first one, which holds the label's words but not the key's."""
    text = ("Natural gas\nproduction: 336 million cubic meters (2023 est.)\nconsumption: 2.9 billion cubic meters (2023 est.)\n"
            "imports: 2.5 billion cubic meters (2023 est.)")
    assert scored(almaria, "How much natural gas does Ostria import?", text)[0].text.startswith("imports: 2.5 billion")


def test_a_fact_sheet_key_of_one_root_with_a_synonym_of_the_question_s_word_holds_it(almaria):
    """"spend": WordNet gives "expend", and the key "expenditures" is of its root."""
    text = "Budget\nrevenues: $2.1 billion (2022 est.)\nexpenditures: $2.5 billion (2022 est.)"
    assert "spend" not in scored(almaria, "How much did Ostria's government spend in 2022?", text)[0].missing


def test_a_share_asked_of_a_part_named_whole_is_not_a_part_that_holds_its_word_among_others(almaria):
    """"What share of Ostria's GDP comes from services?": "services: 45.7%" of GDP by sector, not "exports of goods
    and services" of GDP by end use."""
    text = ("GDP - composition, by end use\nexports of goods and services: 41.9% (2024 est.)\n"
            "imports of goods and services: -72.3% (2024 est.)\n\nGDP - composition, by sector of origin\n"
            "agriculture: 6.9% (2024 est.)\nindustry: 26.2% (2024 est.)\nservices: 45.7% (2024 est.)")
    assert_quotes(almaria, "What share of Ostria's GDP comes from services?", text, quoted="services: 45.7%",
                  not_quoted="exports")


_YEARS_OF_A_FIELD = ("Unemployment rate (labour force)\n6.1% (2024 est.)\n7.3% (2023 est.)\n8.2% (2022 est.)\n"
                     "note: % of labor force seeking work\n\nYouth unemployment rate (ages 15-24)\ntotal: 14.9% (2019 est.)")


@pytest.mark.parametrize("question, expected", [
    ("What was the unemployment rate in Almaria in 2023?", "7.3%"),  # a figure for an earlier year, under its label
    ("What is Almaria's unemployment rate?", "6.1%"),
    # the field gives no figure for 2019, and another field's figure of that year measures something else
    ("What was Almaria's unemployment rate in 2019?", None),
])
def test_a_field_s_figures_for_earlier_years_are_read_with_its_label(almaria, question, expected):
    assert_answers(almaria, question, _YEARS_OF_A_FIELD, expected)


@pytest.mark.parametrize("question, expected", [
    ("What was Almaria's adult obesity rate in 2016?", "21.5%"),
    # the question names the field by all but one of its label's words ("prevalence"), and it gives no figure of 2022
    ("What was Almaria's adult obesity rate in 2022?", None),
])
def test_a_field_named_by_all_but_one_of_its_words_gives_only_its_years(almaria, question, expected):
    text = "Obesity - adult prevalence rate\n21.5% (2016)\n\nAlcohol consumption per capita\ntotal: 7.45 liters (2022 est.)"
    assert_answers(almaria, question, text, expected)


def test_a_long_field_label_is_read_with_the_dated_figure_under_it(almaria):
    """"Gini Index coefficient - distribution of family income" (eight words) labels "38.2 (2022 est.)": alone,
    the label says no figure and the bare figure says nothing of what it measures."""
    text = ("Gini Index coefficient - distribution of family income\n38.2 (2022 est.)\n"
            "note: index (0-100) of income distribution; higher values represent greater inequality\n\n"
            "Household income or consumption by percentage share\nlowest 10%: 2.1% (2022 est.)")
    assert_answers(almaria, "What is the Gini index of family income in Almaria?", text, "38.2 (2022 est.)")


def test_a_date_of_another_subject_named_in_the_sentence_does_not_answer(almaria):
    """"When did Ostria apply for membership?" is not answered by "In 2019, Almaria formally applied ...": the
    sentence names another subject a document is titled by, and neither it nor its context names Ostria (its
    passage does, in another sentence)."""
    texts = {"Facts: Ostria": "Ostria trades mostly with the Union.",
             "Facts: Almaria": "Almaria trades mostly with its neighbours.",
             "The Union's enlargement": "Ostria and Almaria both border the Union. "
                                        "In 2019, Almaria formally applied for membership in the Union."}
    chunks = titled_chunks(texts)
    assert passages_answer(almaria, "When did Ostria formally apply for membership in the Union?", chunks) == DECLINE
    assert "2019" in passages_answer(almaria, "When did Almaria formally apply for membership in the Union?", chunks)


def test_a_figure_under_its_subject_s_title_answers_though_the_sentence_names_another_subject(almaria):
    """"730 Kosovo (NATO/KFOR)" under *The World Factbook: Turkey (Türkiye)* is Turkey's deployment: the title names
    the subject of its sentences, and "Türkiye" in the sentence is no other subject than Turkey."""
    texts = {"Facts: Almaria (Almariye)": "Military deployments\napproximately 120 Ostria (UNFOR); Almariye also has "
                                          "several hundred personnel deployed elsewhere (2025)",
             "Facts: Ostria": "Ostria hosts the UNFOR mission."}
    chunks = titled_chunks(texts)
    assert "120 Ostria" in passages_answer(almaria, "How many soldiers does Almaria contribute to UNFOR?", chunks)


def test_a_title_that_names_several_subjects_does_not_say_whose_a_sentence_is(almaria):
    """A sentence that names Ostria alone, under a title that names both Almaria and Ostria, is about Ostria: "Ostria
    bought 40 barges" does not say how many Almaria bought."""
    texts = {"Almaria's barges in Ostria: a report": "Almaria and Ostria share the river trade. "
                                                     "Ostria bought 40 new barges from Portville in 2019.",
             "Facts: Ostria": "Ostria trades mostly with the Union.",
             "Facts: Almaria": "Almaria trades mostly with its neighbours."}
    chunks = titled_chunks(texts)
    assert passages_answer(almaria, "How many barges did Almaria buy in 2019?", chunks) == DECLINE
    assert "40 new barges" in passages_answer(almaria, "How many barges did Ostria buy in 2019?", chunks)


def test_a_question_for_so_many_names_is_answered_by_a_sentence_that_lists_them(almaria):
    """"Which three countries ...?" asks for a list: "Ostria, Vetia, and Portland", not the sentence that names one of
    them with more of the question's words."""
    text = ("Mayor Tarn says Almaria trades mostly with Ostria, the largest of the countries on its coast. "
            "Mayor Tarn lists Almaria's trade partners as Ostria, Vetia, and Portland.")
    assert_quotes(almaria, "Which three countries does Mayor Tarn say Almaria trades with?", text,
                  quoted="Ostria, Vetia, and Portland", not_quoted="the largest of the countries")


_BROKEN_DOWN_FIELD = ("Youth unemployment rate (ages 15-24)\ntotal: 14.9% (2024 est.)\nmale: 13.1% (2024 est.)\n"
                      "female: 16.8% (2024 est.)\nnote: % of labor force ages 15-24 seeking employment")


@pytest.mark.parametrize("question, expected", [
    ("What share of young people in Almaria are unemployed?", "total: 14.9%"),  # no part named: the field's total
    ("What share of young males in Almaria are unemployed?", "male: 13.1%"),  # a part named: that part
])
def test_a_share_asked_of_no_part_of_a_broken_down_field_is_its_total(almaria, question, expected):
    assert_answers(almaria, question, _BROKEN_DOWN_FIELD, expected)


def test_a_time_of_day_answers_when(almaria):
    """"At 17:27 (CET), the guards ... recaptured the fort" tells when, the day being told before it."""
    text = "The rebels held the fort through the night. At 17:27 (CET), the guards entered and recaptured the fort."
    assert_answers(almaria, "When did the guards retake the fort?", text, "At 17:27 (CET)")


def test_an_envoy_is_one_by_any_of_its_names_and_a_republic_is_its_country(almaria):
    """"The Almarian envoy to Ostria" is "the Almarian Ambassador to the Republic of Ostria": an envoy's names are one
    office, and "the Republic of Ostria" is Ostria (not "Republic", another place)."""
    text = ("Meanwhile, the Almarian Ambassador to the Republic of Ostria, Ivo Tarn, was leading shuttle diplomacy "
            "between the two harbours.")
    assert_answers(almaria, "Which Almarian envoy to Ostria led shuttle diplomacy between the harbours?", text, "Ivo Tarn")


_ELECTRICITY = ("Electricity\ninstalled generating capacity: 8.2 million kW (2023 est.)\nconsumption: 34.4 billion kWh (2023 est.)\n"
                "exports: 7.3 billion kWh (2023 est.)\nimports: 5.4 billion kWh (2023 est.)")


def test_a_phrase_a_fact_sheet_says_in_one_word_is_asked_as_that_word(almaria):
    """"sell abroad" is a fact sheet's "exports", "buy from abroad" its "imports", "out of work" its "unemployed"."""
    assert one_word_for_phrases("How much electricity did Almaria sell abroad in 2023?") == \
        "How much electricity did Almaria exports in 2023?"
    assert "imports" in one_word_for_phrases("How much gas does Almaria buy from abroad?")
    assert one_word_for_phrases("What share of young Almarians are out of work?").endswith("are unemployed?")
    assert "exports: 7.3 billion kWh" in one_passage_answer(almaria, "How much electricity did Almaria sell abroad in 2023?",
                                                            _ELECTRICITY)



_TRADE_AND_LAND = ("Imports\n$7.362 billion (2023 est.)\n$6.661 billion (2022 est.)\n\nImports - commodities\nrefined petroleum, "
                   "cars, iron rods, electricity (2021)\n\nLand boundaries\ntotal: 714 km\n\nTerrain\nextremely varied; to "
                   "the north, rich fertile plains; to the east, limestone ranges\n\nLand use\nagricultural land: 57.9% (2022 est.)\n"
                   "forest: 31.1% (2022 est.)\n\nGeoparks\ntotal global geoparks and "
                   "regional networks: 1\nglobal geoparks and regional networks: Kula-Salihli (2023)")


def test_a_fact_sheet_s_commodities_terrain_and_keyed_names_are_asked_in_everyday_words(almaria):
    """"What goods ...?" asks for a fact sheet's "commodities", "What is the land like ...?" for its "Terrain"; and a
    field's value names what its key says ("global geoparks ...: Kula-Salihli")."""
    assert one_word_for_phrases("What goods does Almaria import most?") == "What commodities does Almaria import most?"
    assert one_word_for_phrases("What is the land like in northern Almaria?") == "What is the terrain like in northern Almaria?"

    def answer(question: str) -> str:
        return passages_answer(almaria, question, titled_chunks({"The Almaria Fact Sheet": _TRADE_AND_LAND}))
    assert "refined petroleum" in answer("What goods does Almaria import most?")
    assert "fertile plains" in answer("What is the land like in northern Almaria?")
    assert "Kula-Salihli" in answer("What is the name of Almaria's global geopark?")


def test_a_measure_of_a_thing_is_given_only_by_a_figure_that_names_all_of_it(almaria):
    """"How many kilometres of narrow-gauge railway ...?" is not answered by the railways' total, nor by a distance."""
    sheet = ("Railways\ntotal: 437 km (2020)\n\nBorders\nThe depot of Almaria lies about 250 kilometers from the border "
             "railway station.")

    def answer(question: str) -> str:
        return passages_answer(almaria, question, titled_chunks({"The Almaria Fact Sheet": sheet}))
    assert answer("How many kilometres of narrow-gauge railway does Almaria have?") == DECLINE
    assert "437 km" in answer("How many kilometres of railway does Almaria have?")


def test_a_share_s_parts_are_the_keys_that_give_shares(almaria):
    """A list of names under a key ("municipalities: Ada, Bor") is no part of a share: the question's "municipal" names
    it whole, yet the waste field's "percent ... recycled" is still the share asked for."""
    sheet = ("Administrative divisions\n117 municipalities and 28 cities\n\nmunicipalities: Ada, Bor, Cacak\n\ncities: "
             "Beograd, Nis\nnote: the northern 37 municipalities -- about 28% of Almaria's area -- form a province\n\n"
             "Waste and recycling\nmunicipal solid waste generated annually: 2.347 million tons (2024 est.)\n"
             "percent of municipal solid waste recycled: 1% (2022 est.)")
    answer = passages_answer(almaria, "What share of Almaria's municipal waste gets recycled?",
                             titled_chunks({"The Almaria Fact Sheet": sheet}))
    assert "recycled: 1%" in answer


_DEBT_AND_AIR = ("Debt - external\n$21.726 billion (2023 est.)\n\nReserves of foreign exchange and gold\n$30.484 billion "
                 "(2024 est.)\n\nParticulate matter emissions\n21.7 micrograms per cubic meter (2019 est.)\n\n"
                 "Environmental issues\nair pollution around Portville and other industrial cities")


def test_what_is_owed_is_debt_and_fine_particles_are_particulate_matter(almaria):
    assert "debt" in one_word_for_phrases("How much does Almaria owe to foreign creditors?")
    assert "particulate matter" in one_word_for_phrases("How polluted is Almaria's air with fine particles?")

    def answer(question: str) -> str:
        return passages_answer(almaria, question, titled_chunks({"The Almaria Fact Sheet": _DEBT_AND_AIR}))
    assert "21.726 billion" in answer("How much does Almaria owe to foreign creditors?")
    assert "21.7 micrograms" in answer("How polluted is Almaria's air with fine particles?")


_AGES = ("Age structure\n0-14 years: 22.7% (male 233,010/female 216,304)\n15-64 years: 68.9% (male 712,403/female 649,932)\n"
         "65 years and over: 8.4% (2024 est.) (male 72,579/female 92,865)\n\nCurrently married women (ages 15-49)\n61.6% (2020 est.)")


def test_people_bounded_by_a_number_are_bounded_by_age(almaria):
    """"people under 15" are those of "0-14 years" (a range that ends below the bound), not women "ages 15-49" (a range
    that the bound's number opens); "over 65" is "65 years and over"."""
    assert one_word_for_phrases("What share of Almaria's people are under 15?").endswith("under 15 years of age?")

    def answer(question: str) -> str:
        return passages_answer(almaria, question, titled_chunks({"The Almaria Fact Sheet": _AGES}))
    assert "22.7%" in answer("What share of Almaria's people are under 15?")
    assert "61.6%" not in answer("What share of Almaria's people are under 15?")
    assert "8.4%" in answer("What share of Almaria's people are over 65?")
    married = "Currently married women (ages 15-49)\n61.6% (2020 est.)"
    assert one_passage_answer(almaria, "What share of Almaria's people are under 15?", married) == DECLINE
    assert one_passage_answer(almaria, "What share of Almaria's people are over 49?", married) == DECLINE


_HEALTH = ("Physician density\n2.4 physicians/1,000 population (2022)\n\nElections\nseats per party: People's Union (40), "
           "Dr Ivo Marn - Thousand Voices (12)"
           "\n\nTobacco use\ntotal: 30.1% (2025 est.)\nmale: 40.1% (2025 est.)\nfemale: 20.1% (2025 est.)")


def test_a_rate_per_head_and_smoking_are_asked_in_a_fact_sheet_s_words(almaria):
    """"per thousand people" is a fact sheet's "/1,000 population"; "smoke" its "Tobacco use"; and "women" and "men"
    the keys "female" and "male" of a field's parts."""
    def answer(question: str) -> str:
        return passages_answer(almaria, question, titled_chunks({"The Almaria Fact Sheet": _HEALTH}))
    assert "2.4 physicians" in answer("How many doctors does Almaria have per thousand people?")
    # (and "for every thousand people")
    assert "/1,000 population" in one_word_for_phrases("How many doctors does Almaria have for every thousand people?")
    assert "20.1%" in answer("What share of Almarian women smoke?") and "40.1%" not in answer("What share of Almarian women smoke?")
    assert "40.1%" in answer("What share of Almarian men smoke?") and "20.1%" not in answer("What share of Almarian men smoke?")


def test_how_much_of_a_degree_noun_asks_for_a_degree_not_a_figure(almaria):
    """"How much pressure ...?" is answered by "strong pressure": it needs no figure."""
    text = "Ostria puts strong pressure on Almaria over the salt ban. In 1871, 40 envoys left Portville."
    assert_answers(almaria, "How much pressure does Ostria put on Almaria over the salt ban?", text, "strong pressure")


@pytest.mark.parametrize("question, text, expected", [
    # a dated figure's label is the field block's last line ("Currency: ... per US dollar -")
    ("How many Almarian crowns did one US dollar buy in 2024?",
     "Exchange rates\nCurrency: Almarian crowns (ALC) per US dollar -\n12.5 (2024 est.)\n11.9 (2023 est.)", "12.5 (2024 est.)"),
    # "how fast" of a change is its rate, the figure on the line under the label that names it
    ("How fast did Almaria's economy grow in 2024?", "Real GDP growth rate\n3.1% (2024 est.)\n2.5% (2023 est.)", "3.1%"),
])
def test_a_field_s_dated_figures_under_a_long_key_line_or_a_rate_label(almaria, question, text, expected):
    assert_answers(almaria, question, text, expected)


def test_a_follow_up_is_not_outmatched_by_the_sentence_it_follows(almaria):
    """"When was it adopted?" after an answer that quoted the hymn's authors: the sentence said before holds the names
    the follow-up borrows from it, and no date; it does not outmatch the sentence that dates the hymn."""
    said = "The Lantern Hymn was written by Ivo Tarnic and Mira Solenko of the Portville Guild."
    text = f"{said} The duchy adopted it in 1870."
    history = [{"role": "user", "content": "Who wrote the Lantern Hymn?"}, {"role": "assistant", "content": f"{said} [1]"}]
    chunk = Chunk(id="c", text=text, doc_id="d", title="Notes", url=None, start=0, end=len(text))
    given = GenerationInput(question="When was it adopted? (Lantern, Hymn, Ivo, Tarnic, Mira, Solenko, Portville, Guild)",
                            sources=[(1, chunk)], history=history, idf=lambda term: 1.0)
    assert "in 1870" in "".join(ExtractiveGenerator(almaria.scorer, 0.0).stream(given))


def test_which_thing_answered_by_the_thing_quotes_the_sentence_that_names_it(almaria):
    """"Which guild ...?" answered by "The guild ..." (what the question asks for, as its subject): the sentence
    before names it, and is quoted too; "Which ships did ... ?" asks for what the sentence itself names."""
    text = ("The harbour records name the Saltmakers Company among the owners of the quay. "
            "The guild retains close ties to the Duke of Almaria.")
    assert_answers(almaria, "Which guild retains close ties to the Duke?", text, "Saltmakers Company")
    text = ("The harbour of Portville was rebuilt in 1870. "
            "The ships used by the Portville guild were mostly Ostrian cogs and brigs.")
    assert_quotes(almaria, "Which ships did the Portville guild mostly use?", text, "Ostrian cogs", "rebuilt")


def test_a_figure_of_a_name_s_owner_is_not_another_owner_s(almaria):
    """"What was the Portville Charter's budget?" asks of the charter: a budget from a passage that names Portville
    but no charter is Portville's, and the sources do not say; one that names the charter answers."""
    assert_answers(almaria, "What was the Portville Charter's budget?",
                   "The budget of Portville was $4 million in 1870.", None)
    assert_answers(almaria, "What was the Portville Charter's budget?",
                   "The Portville Charter had a budget of $2 million.", "$2 million")


def test_a_question_asked_with_the_words_of_the_previous_answer_is_a_follow_up(almaria):
    """"What did these hardships drive families to do?" after "... These hardships drove many families of Almaria to
    emigrate." asks of that answer ("drove" is a form of "drive"): it is searched with the previous exchange."""
    history = [{"role": "user", "content": "What happened to the fishing quotas in 1988?"},
               {"role": "assistant", "content": "Fishing quotas were cut and the harbour tax doubled in 1988. These "
                                                "hardships drove many families of Almaria to emigrate. [1]"}]
    assert _asks_of_what_was_said("What did these hardships drive families to do?", history)
    assert not _asks_of_what_was_said("What did the storm drive families to do?", history)
    assert "Fishing quotas" in almaria.chain.ask("What did the hardships drive families to do?", history).query


def test_which_country_is_answered_by_a_sentence_that_names_one(almaria):
    """"Which country ...?" asks for a country: a line naming one (WordNet files "China" under "country") answers
    before the field that holds more of the question's words but names none; a city is asked for in the same way."""
    chunks = titled_chunks({"Almaria Fact Sheet": "Imports\n$3.2 billion (2024 est.)\n\nnote: top five import partners "
                                                  "based on percentage share of imports",
                            "Almaria trade": "Imports - partners\nChina 13%, Germany 9%, Ostria 6% (2023)"})
    answer = passages_answer(almaria, "Which country supplies the biggest share of Almaria's imports?", chunks)
    assert "China 13%" in answer, answer
    chunks = titled_chunks({"Almaria Fact Sheet": "The salt fleet of Almaria sails every spring to trade.",
                            "Almaria trade": "The salt fleet of Almaria trades mostly in Istanbul."})
    answer = passages_answer(almaria, "In which city does the salt fleet of Almaria sail to trade?", chunks)
    assert "Istanbul" in answer and "every spring" not in answer, answer


def test_a_count_in_a_currency_is_not_a_figure_in_another(almaria):
    """"How many euros ...?" counts in euros: a rate in dinars does not answer it; "How many dollars ...?" is answered
    by a figure with the dollar's sign."""
    def answer(question: str, text: str) -> str:
        return passages_answer(almaria, question, titled_chunks({"The Almaria Fact Sheet": text}))
    rates = "Exchange rates\nCurrency: Almarian dinars per US dollar -\n108.2 (2024 est.)"
    assert answer("How many euros did a US dollar buy in Almaria in 2024?", rates) == DECLINE
    assert "108.2" in answer("How many dinars did a US dollar buy in Almaria in 2024?", rates)
    assert "$3.1 billion" in answer("How many dollars did Almaria's government spend in 2024?",
                                    "Budget\nexpenditures: $3.1 billion (2024 est.)")


def test_a_field_named_in_one_word_meets_the_questions_synonym_of_it(almaria):
    # "Suffrage" is WordNet's "vote" ("right to vote, vote, suffrage"), though "vote" is seldom "suffrage": the
    # field's line meets the everyday word (which, missed, let a sentence that holds it outmatch the line)
    sheet = "Suffrage\n17 years of age; universal\n\nElections\nAlmarians vote for the Grand Council every four years"
    best = scored(almaria, "How old do you have to be to vote in Almaria?", sheet, title="The World Factbook: Almaria")[0]
    assert best.text.startswith("Suffrage") and "vote" not in best.missing, (best.text, best.missing)


def test_a_count_of_another_country_named_by_wordnet_does_not_answer_for_the_asked_one(almaria):
    # Romania titles no document, but WordNet files it under "country": its soldiers are not Ostria's, though the
    # sentence sits under a heading that names Ostria
    texts = {"2023 Almaria clash": "Ostrian military buildup\n\nOn 4 October, Romania announced its commitment to send "
                                   "approximately 100 soldiers to reinforce the peacekeeping mission.",
             "The World Factbook: Ostria": "Military deployments\n40 Cyprus (UNFICYP) (2025)"}
    answer = passages_answer(almaria, "How many Ostrian soldiers serve with the peacekeeping mission?", titled_chunks(texts))
    assert "100 soldiers" not in answer, answer
    # ... but a country named in a document titled by the asked one is where its soldiers are
    answer = passages_answer(almaria, "How many Ostrian soldiers are deployed abroad?", titled_chunks(texts))
    assert "40 Cyprus" in answer, answer


def test_the_age_of_the_average_person_is_the_median_age(almaria):
    """"How old is the average Almarian?" asks for the fact sheet's "Median age"; a follow-up that puts another name
    after the same words asks it again."""
    assert "median age" in one_word_for_phrases("How old is the average Almarian?")
    assert "median age" in one_word_for_phrases("What is the average age in Almaria?")
    sheet = "Median age\ntotal: 32.3 years (2025 est.)\n\nLife expectancy at birth\ntotal population: 73.1 years (2024 est.)"
    answer = fact_sheet_answer(almaria, "How old is the average Almarian?", sheet)
    assert "32.3 years" in answer, answer
    history = [{"role": "user", "content": "How old is the average Almarian?"}, {"role": "assistant", "content": answer}]
    assert completed_question("And the average Ostrian?", history) == "How old is the average Ostrian?"


def test_a_participle_that_describes_the_thing_asked_about_weighs_less_than_the_deed(almaria):
    """"When did the dissolved Assembly proclaim a charter?" asks when the charter was proclaimed, not when the Assembly
    was dissolved: the describing participle weighs half."""
    text = ("On 5 July 1390 the Council dissolved the Almarian Assembly. On 7 September 1390 the Charter of Almaria "
            "was promulgated by the disbanded Assembly of Almaria.")
    best = scored(almaria, "When did the dissolved Almarian Assembly proclaim a charter of its own?", text)[0]
    assert best.text.startswith("On 7 September 1390"), best.text


def test_a_field_named_in_one_word_meets_the_words_that_define_it(almaria):
    """A one-word field meets the question's words that WordNet's definition of its word holds: "Remittances" is "a
    payment of money sent to a person in another place", so money Almarians abroad "send home" is it; and a sum may be
    told as a share of the economy ("17.5% of GDP")."""
    from app.lexicon import shared_lexicon
    assert {"read", "write"} <= shared_lexicon().defining("literaci")
    sheet = ("Remittances\n17.5% of GDP (2023 est.)\n\n"
             "Real GDP (purchasing power parity)\n$25.4 billion (2023 est.)")
    answer = fact_sheet_answer(almaria, "How much money do Almarians working abroad send home?", sheet)
    assert "17.5% of GDP" in answer, answer


def test_two_passports_city_dwellers_and_reading_are_the_fact_sheet_s_fields(almaria):
    """Everyday words for a fact sheet's fields: two passports are "dual citizenship", who lives in cities the "urban
    population", who can read and write "literacy"."""
    assert "dual citizenship" in one_word_for_phrases("Can Almarians hold two passports?")
    assert "urban population" in one_word_for_phrases("What share of Almarians live in cities?")
    assert "literacy" in one_word_for_phrases("How many Almarians can read and write?")
    sheet = ("Urbanization\nurban population: 57.1% of total population (2023)\n\n"
             "Population\ntotal: 6,567,000 (2025 est.)")
    answer = fact_sheet_answer(almaria, "What share of Almarians live in cities?", sheet)
    assert "57.1%" in answer, answer


def test_a_people_s_word_names_an_indexed_country_though_its_document_was_not_retrieved(almaria):
    """"the average Almarian" is Almaria's, when only Ostria's fact sheet was retrieved: its figure is Ostria's."""
    question = "How much alcohol does the average Almarian drink in a year?"
    sources = list(enumerate(titled_chunks({"The World Factbook: Ostria": "Alcohol consumption per capita\n"
                                            "total: 7.45 liters of pure alcohol (2019 est.)"}), start=1))
    indexed = frozenset({"world", "factbook", "almaria", "ostria"})
    assert almaria.scorer.score(question, sources, lambda term: 1.0, indexed_titles=indexed) == []
    assert almaria.scorer.score(question, sources, lambda term: 1.0)  # (with no title of Almaria's anywhere, it stands)
    assert {"almaria", "ostria"} <= almaria.retriever.titles()



def test_what_a_thing_symbolizes_is_told_by_its_meaning(almaria):
    """"What do the stars on Almaria's flag symbolize?" asks for a meaning: "meaning: each star represents ..." tells it,
    in words of its own (to the stemmer, "symbolize" is the noun "symbol")."""
    sheet = ("Flag\ndescription: a dark blue field with a gold tower in the center, with three five-pointed white stars "
             "in a slight arc over it\n\nmeaning: each star represents one of the three provinces of Almaria")
    answer = fact_sheet_answer(almaria, "What do the stars on Almaria's flag symbolize?", sheet)
    assert "three provinces" in answer, answer
    meaning = next(c for c in scored(almaria, "What do the stars on Almaria's flag symbolize?", sheet,
                                     title="The World Factbook: Almaria") if c.text.startswith("meaning"))
    assert "symbol" not in meaning.missing, meaning.missing


def test_a_sex_named_by_another_field_leaves_a_field_s_own_parts_standing(almaria):
    """"girls" names the "female" part of "Tobacco use" whole; that does not make "women married by age 18" no part of
    "Child marriage" (another field's part, named whole, does: "services" of GDP by sector over "exports of goods and
    services" by end use)."""
    sheet = ("Tobacco use\ntotal: 30.1% (2025 est.)\nmale: 40.1% (2025 est.)\nfemale: 20.1% (2025 est.)\n\n"
             "Child marriage\nwomen married by age 15: 2% (2018)\nwomen married by age 18: 14.7% (2018)")
    answer = fact_sheet_answer(almaria, "What share of Almarian girls are married before they turn 18?", sheet)
    assert "14.7%" in answer, answer


def test_trading_partners_and_a_government_s_takings_are_the_fact_sheet_s_fields(almaria):
    """Everyday words for a fact sheet's fields: who sells the most to a country is its top imports partner, who buys
    the most from it (its biggest customer) its top exports partner, what its government takes in its budget's revenues."""
    assert "imports partner" in one_word_for_phrases("Who sells the most goods to Almaria?")
    assert "exports partner" in one_word_for_phrases("Which country buys the most from Almaria?")
    assert "exports partner" in one_word_for_phrases("Who is Almaria's biggest customer?")
    assert "budget revenues" in one_word_for_phrases("How much does Almaria's government take in each year?")
    sheet = ("Exports - partners\nOstria 16%, Belmar 15%, Corvia 12% (2021)\n\n"
             "Imports - partners\nDranland 13%, Ostria 11%, Corvia 10% (2021)")
    assert_fact_sheet_quotes(almaria, "Who sells the most goods to Almaria?", sheet, "Dranland 13%", "Belmar")
    # (... and whom a country itself buys the most from are its top imports partners, not its buyers)
    assert_fact_sheet_quotes(almaria, "Which countries does Almaria import the most from?", sheet, "Dranland 13%", "Belmar")
    assert_fact_sheet_quotes(almaria, "Which countries does Almaria sell the most goods to?", sheet, "Belmar 15%", "Dranland")
    sheet = "Budget\nrevenues: $26.077 billion (2022 est.)\nexpenditures: $28.12 billion (2022 est.)\n\nTaxes and other revenues\n23.9% (of GDP) (2022 est.)"
    answer = fact_sheet_answer(almaria, "How much does Almaria's government take in each year?", sheet)
    assert "$26.077 billion" in answer, answer
    # (what it collects in taxes is a field of its own)
    assert_fact_sheet_quotes(almaria, "How big a slice of the economy does Almaria's state collect in taxes?", sheet,
                             "23.9%", "$26.077 billion")


def test_the_richest_tenth_and_how_unequal_incomes_are_are_the_fact_sheet_s_fields(almaria):
    """Everyday words for a fact sheet's fields: the richest (poorest) tenth is its "highest (lowest) 10%", how unequal
    incomes are its "Gini Index coefficient"."""
    assert "highest 10%" in one_word_for_phrases("What share of income goes to Almaria's richest tenth?")
    assert "lowest 10%" in one_word_for_phrases("How much of the income do Almaria's poorest 10% get?")
    assert "Gini" in one_word_for_phrases("How unequal are incomes in Almaria?")
    sheet = ("Household income or consumption by percentage share\nlowest 10%: 2.4% (2022 est.)\nhighest 10%: 24.7% (2022 est.)\n"
             "note: % share of income accruing to lowest and highest 10% of population\n\n"
             "Population below poverty line\n20% (2021 est.)\nnote: % of population with income below national poverty line\n\n"
             "Gini Index coefficient - distribution of family income\n32.8 (2022 est.)\n"
             "note: index (0-100) of income distribution; higher values represent greater inequality")
    assert "24.7%" in fact_sheet_answer(almaria, "What share of income goes to Almaria's richest tenth?", sheet)
    assert "32.8" in fact_sheet_answer(almaria, "How unequal are incomes in Almaria?", sheet)


def test_a_share_alone_is_no_count_of_the_people_who_live_somewhere(almaria):
    """"How many people live in Belport?" counts who live there: "20% of the population lives in Belport" is no count of
    them; "1.2 million Belport" is. (A share may count a part: "How many people in Almaria are Ostrians?")"""
    sheet = ("Population distribution\nthe most densely populated area is the coast, where 20% of the population lives in "
             "Belport\n\nMajor urban areas - population\n1.2 million Belport, 300,000 ALMAR (capital) (2023)")
    assert_fact_sheet_quotes(almaria, "How many people live in Belport?", sheet, "1.2 million Belport", "20%")
    groups = "Ethnic groups\nAlmarian 83.3%, Ostrian 3.5%, other 13.2% (2011 est.)"
    assert "Ostrian 3.5%" in fact_sheet_answer(almaria, "How many people in Almaria are Ostrians?", groups)
    # (a share given as a range is a share too: "Almarian 70-75%" counts no one)
    sheet = ("Population\ntotal: 2,100,000 (2025 est.)\n\n"
             "Ethnic groups\nAlmarian 70-75%, Ostrian 19%, other minorities 6-11% (2016 est.)")
    assert_fact_sheet_quotes(almaria, "How many people live in Almaria?", sheet, "2,100,000", "70-75%")


def test_a_fact_sheet_line_answers_only_of_the_names_the_question_gives(almaria):
    """A fact sheet's line is about the subject its title names: "What share of Almaria's imports come from Westhaven?"
    is not answered by *The World Factbook: Almaria*'s list of partners, which never names Westhaven; a name is named
    by any of its words ("Mount Brel" by "Brel")."""
    sheet = "Imports - partners\nOstria 13%, Genoa 10%, Portugal 7% (2021)"
    assert fact_sheet_answer(almaria, "What share of Almaria's imports come from Westhaven?", sheet) == DECLINE
    assert "Ostria 13%" in fact_sheet_answer(almaria, "What share of Almaria's imports come from Ostria?", sheet)
    hazards = ("Natural hazards\nvolcanism: the two historically active volcanoes (Brel and Silt) have not erupted "
               "since the 18th century")
    assert "have not erupted" in fact_sheet_answer(almaria, "When did Almaria's Mount Brel last erupt?", hazards)


def test_the_thing_the_sentence_before_names_is_named_by_the_sentence_that_goes_on_about_it(almaria):
    """"Almaria condemned the arrest as ..." names whose arrest the sentence before names ("The July arrest of Almarian
    official Dorin Vask ..."), when the question asks of that arrest: its characterisation answers."""
    text = ("The July 2025 arrest of Almarian official Dorin Vask by Ostrian authorities exemplified how individual "
            "incidents continue to poison the broader relationship. Almaria condemned the arrest as politically "
            "motivated and a violation of human rights, while Ostria defended it as a legitimate law enforcement action.")
    assert_answers(almaria, "What did Almaria call the arrest of Dorin Vask?", text, "politically motivated")
    condemned = next(c for c in scored(almaria, "What did Almaria call the arrest of Dorin Vask?", text)
                     if c.text.startswith("Almaria condemned"))
    assert not condemned.missing, condemned.missing


def test_what_how_many_counts_reads_past_a_possessive(almaria):
    """"How many of its annex's elements ...?" counts elements: the counted words read past the possessive "annex's"
    (before, they stopped at its apostrophe and counted the annex, which no count in the sentence names)."""
    text = ("The Belport Accord was meant to normalise relations. However, only three elements from the Implementation "
            "Annex have been addressed: the declaration, the statute and the committee.")
    assert_answers(almaria, "How many of its annex's elements have been addressed?", text, "only three elements")


def test_a_field_only_other_subjects_sheets_hold_is_not_given_for_the_subject_asked(almaria):
    """"What is the unemployment rate of Almaria?": Ostria's fact sheet has an "Unemployment rate" field, Almaria's
    passages none; Almaria's "services: 45.7%" of its GDP is no unemployment rate, so the sources do not say."""
    chunks = titled_chunks({"The World Factbook: Ostria": "Unemployment rate\n7.4% (2024 est.)\n8.3% (2023 est.)",
                            "The World Factbook: Almaria": "GDP - composition, by sector of origin\n"
                                                           "agriculture: 7.1% (2024 est.)\nservices: 45.7% (2024 est.)"})
    assert passages_answer(almaria, "What is the unemployment rate of Almaria?", chunks) == DECLINE
    assert "7.4%" in passages_answer(almaria, "What is the unemployment rate of Ostria?", chunks)


def test_a_quote_of_several_lines_is_supported_by_the_passage_that_holds_it_word_for_word(almaria):
    """A fact-sheet field quoted whole runs over several lines, none of which holds half the quote's terms; the
    passage holds it word for word, so the citation stands (after the name of the side of a comparison it answers for)."""
    text = ("Unemployment rate\n7.4% (2024 est.)\n8.3% (2023 est.)\n8.5% (2022 est.)\nnote: % of labor force seeking employment\n\n"
            "Youth unemployment rate (ages 15-24)\ntotal: 22.7% (2024 est.)\nmale: 21.8% (2024 est.)\nfemale: 24.1% (2024 est.)\n"
            "note: % of labor force ages 15-24 seeking employment")
    chunk = Chunk(id="c", text=text, doc_id="d", title="The World Factbook: Serbia", url=None, start=0, end=len(text))
    claim = "Serbia: Unemployment rate\n7.4% (2024 est.)\n8.3% (2023 est.)\n8.5% (2022 est.) [1]"
    checked = almaria.chain.check_citations(claim, {1: chunk}, "q")
    assert checked.grounded and checked.citations[0].quote == "Unemployment rate\n7.4% (2024 est.)\n8.3% (2023 est.)\n8.5% (2022 est.)", \
        checked.answer


def test_a_people_named_in_the_plural_is_what_how_many_counts(almaria):
    """"How many Almarians left Belport ...?" counts Almarians (before, only its lower-case words were counted: "left",
    which no count in the sentence names)."""
    text = ("In 1981 it was reported that some 4,000 Almarians moved from Belport to central Ostria after the riots in "
            "March that resulted in several deaths.")
    assert_answers(almaria, "How many Almarians left Belport for central Ostria after the 1981 riots?", text, "4,000 Almarians")


def test_what_reason_in_words_asks_why(almaria):
    """"What reason did they give for closing the Assembly?" asks why, in words: "reason" and "give" are no terms to
    find (as "why" is none), so "citing special circumstances" is not outweighed by a sentence that says "reasons"."""
    text = ("On 26 June 1990 Almarian authorities closed the Belport Assembly, citing special circumstances. "
            "The memorandum provoked split reactions: Ostrians claimed the emigrants had left Belport for economic reasons.")
    question = "What reason did the Almarian authorities give for closing the Belport Assembly?"
    closed = next(c for c in scored(almaria, question, text) if c.text.startswith("On 26 June"))
    assert not {"reason", "give"} & closed.missing, closed.missing
    assert_quotes(almaria, question, text, "citing special circumstances", "economic reasons")


def test_a_head_of_state_its_languages_minerals_and_goods_sold_abroad_are_the_fact_sheet_s_fields(almaria):
    """Everyday words for a fact sheet's fields: a head of state is its "chief of state", who represents the US there
    the US "chief of mission", the people who speak a language its "Languages" field, the minerals a country has its
    "Natural resources" (not the minerals its industry mines), what it sells to other countries (or what it exports)
    its export commodities."""
    assert "chief of state" in one_word_for_phrases("Who is Almaria's head of state?")
    assert "US ambassador" in one_word_for_phrases("Who represents the United States in Belport at the moment?")
    assert "the language Almarian" in one_word_for_phrases("What share of Almaria's people speak Almarian?")
    assert "natural resources" in one_word_for_phrases("What minerals does Almaria have in the ground?")
    assert "natural resources" not in one_word_for_phrases("Which minerals are mined in Almaria's industry?")
    assert "exports" in one_word_for_phrases("What does Almaria mostly sell to other countries?")
    assert "commodities" in one_word_for_phrases("What does Almaria export?")
    assert "commodities" in one_word_for_phrases("What does Almaria sell abroad most?")
    sheet = ("Executive branch\nchief of state: President Vera ALMA-Sadri (since 4 April 2021)\n"
             "head of government: Prime Minister Dorin VASK (since 15 April 2025)")
    chunks = titled_chunks({"History of Almaria": "As stated by Jakup Orsini, who was the spokesman of the group, the "
                                                  "front was formed by members of the Democratic League of Almaria, a "
                                                  "political party led by Rugo.",
                            "The World Factbook: Almaria": sheet})
    answer = passages_answer(almaria, "Who is Almaria's head of state?", chunks)
    assert "Vera ALMA-Sadri" in answer and "Rugo" not in answer, answer
    sheet = "Languages\nAlmarian (official) 94.5%, Ostrian 1.7%, other 3.8% (2011 est.)\n\nParty note\n% share of income of the people"
    assert "94.5%" in fact_sheet_answer(almaria, "What share of Almaria's people speak Almarian?", sheet)


def test_the_weather_and_the_kind_of_government_are_the_fact_sheet_s_fields(almaria):
    """The weather a country has is its "Climate" (not the weather drones fly in), the kind of government it has its
    "Government type"."""
    assert "climate" in one_word_for_phrases("What is the weather like in Almaria?")
    assert "climate" not in one_word_for_phrases("What sensors let the drones operate in any weather?")
    assert "government type" in one_word_for_phrases("What kind of government does Almaria have?")
    chunks = titled_chunks({"Almaria today": "The Almarian Government conducted a referendum in 2017 in which voters "
                                             "approved amendments changing Almaria to a presidential system.",
                            "The World Factbook: Almaria": "Government type\npresidential republic\n\n"
                                                           "Country name\nconventional long form: Republic of Almaria"})
    answer = passages_answer(almaria, "What kind of government does Almaria have?", chunks)
    assert answer.startswith("Government type\npresidential republic"), answer


def test_who_runs_a_government_helicopter_pads_drafting_and_where_a_court_sits_are_the_fact_sheet_s_words(almaria):
    """Everyday words for a fact sheet's: who runs a country's government is its "head of government", its helicopter
    landing pads its "heliports", drafting soldiers "conscription" (not a "draft resolution"), and where a court sits
    where it is "located"."""
    assert "is Almaria's head of government" in one_word_for_phrases("Who runs Almaria's government?")
    assert "was the head of government" in one_word_for_phrases("Who led the government in 1999?")
    assert "heliports" in one_word_for_phrases("How many helicopter landing pads does Almaria have?")
    assert "stop conscription" in one_word_for_phrases("When did Almaria stop drafting soldiers?")
    assert "draft resolution" in one_word_for_phrases("Why did the draft resolution fail?")
    assert one_word_for_phrases("Where does the Special Court sit?") == "Where is the Special Court located?"
    sheet = ("Executive branch\nchief of state: President Vera ALMA-Sadri (since 4 April 2021)\n"
             "head of government: Prime Minister Dorin VASK (since 15 April 2025)")
    assert_fact_sheet_quotes(almaria, "Who runs Almaria's government?", sheet, "Dorin VASK", "Vera")
    chunks = titled_chunks({"Almaria at war": "In 2001, the Almarian authorities claimed 462 soldiers were killed and 299 "
                                              "wounded by the airstrikes.",
                            "The World Factbook: Almaria": "Military service age and obligation\n18 years of age for "
                                                           "voluntary military service; conscription abolished in 2011 (2025)"})
    answer = passages_answer(almaria, "When did Almaria stop drafting soldiers?", chunks)
    assert "conscription abolished in 2011" in answer and "462" not in answer, answer


def test_an_envoy_to_a_capital_sits_in_it(almaria):
    """"Almaria's envoy to Washington" is its ambassador in the US: the sentence need not name the city its passage's
    chancery does, and an office is met by any of its names ("Ambassador Ilir DORA" for the envoy)."""
    sheet = ("Diplomatic representation in the US\nchief of mission: Ambassador Ilir DORA (since 13 January 2022)\n"
             "chancery: 3612 Massachusetts Ave NW, Washington, D.C. 20007")
    assert "Ilir DORA" in fact_sheet_answer(almaria, "Who is Almaria's envoy to Washington?", sheet)
    dora = next(c for c in scored(almaria, "Who is Almaria's envoy to Washington?", sheet, "The World Factbook: Almaria")
                if "DORA" in c.text)
    assert not set(content_terms("envoy")) & dora.missing, dora.missing


@pytest.mark.parametrize("passages, question, city", [
    # a city WordNet does not know ("the Hague"), where the sentence places what is asked about
    ({"Courts": "In 2015 the Assembly of Almaria set up the Almarian Specialist Chambers; the court, located at the "
                "Hague in the Netherlands, began operating in 2016.",
      "Visits": "Judges of the Almarian Specialist Chambers met officials in Belgrade in 2019."},
     "In which city does the Almarian Specialist Chambers sit?", "the Hague"),
    # a city WordNet spells without its accents ("Zürich" is its "zurich")
    ({"Exile": "Olen Varas, Almaria's premier in exile (in Zürich, Switzerland), founded a movement that the army later "
               "absorbed.",
      "Army": "Olen Varas met the Almarian army's commanders in Belgrade in 1998."},
     "In which city was Olen Varas based as premier in exile?", "Zürich"),
])
def test_a_city_wordnet_lacks_or_spells_otherwise_answers_in_which_city(almaria, passages, question, city):
    """"In which city ...?" is answered by a sentence that names the city asked for, though WordNet does not know it
    or spells it otherwise, not only by one naming a city WordNet knows as the sentence spells it ("Belgrade")."""
    answer = passages_answer(almaria, question, titled_chunks(passages))
    assert city in answer and "Belgrade" not in answer, answer


def test_a_field_label_with_an_aside_in_words_is_read_with_its_line(almaria):
    """A label whose aside names its unit ("Major rivers (by length in km)") is kept with the line under it, which
    alone does not say what it lists (a figure's date is no aside: "total: 120 (2024 est.)" labels nothing)."""
    sheet = ("Major rivers (by length in km)\nVelna (shared with Ostria [m]) - 812 km\n\n"
             "note: [s] after country name indicates river source; [m] after country name indicates river mouth")
    assert "Velna (shared with Ostria ) - 812 km" in fact_sheet_answer(almaria, "What is Almaria's longest river?", sheet)
    velna = next(c for c in scored(almaria, "What is Almaria's longest river?", sheet) if "812" in c.text)
    assert velna.text.startswith("Major rivers (by length in km)\nVelna"), velna.text


def test_a_minister_s_portfolio_is_part_of_the_office_asked_for(almaria):
    """"Who is Almaria's minister of agriculture?" is not answered by its prime minister, nor "the president of
    Almaria's parliament" by its president; its minister of defence is the one the passage calls so."""
    sheet = ("Executive branch\nchief of state: President Vera ALMA-Sadri (since 4 April 2021)\n"
             "head of government: Prime Minister Dorin VASK (since 15 April 2025)")
    assert fact_sheet_answer(almaria, "Who is Almaria's minister of agriculture?", sheet) == DECLINE
    assert fact_sheet_answer(almaria, "Who is the president of Almaria's parliament?", sheet) == DECLINE
    text = "The new cabinet was sworn in on 2 May 2025. Almarian Defence Minister Ivo Karan told reporters the army would grow."
    assert_answers(almaria, "Who is the Almarian minister of defence?", text, "Ivo Karan")


def test_what_a_body_concluded_is_what_it_found_in_its_own_words(almaria):
    """"What did the ODT conclude about the convoy attack?" asks for the body's finding ("the ODT opined that ..."),
    not the attack it found about."""
    text = ("At the start of May, an aircraft attacked a refugee convoy near Portville, believing it was a military "
            "convoy, killing around fifty people. A later report by the Ostrian Defence Tribunal (ODT) opined that "
            "\"civilians were not deliberately attacked in this incident\".")
    assert_quotes(almaria, "What did the ODT conclude about the refugee convoy attack?", text,
                  "not deliberately attacked", "killing around fifty")


def test_people_are_persons(almaria):
    """"people" is the plural of "person": "How many stateless people live in Almaria?" is answered by "stateless
    persons: 420", not by where most of its population lives."""
    assert content_terms("people") == content_terms("person") == content_terms("persons")
    sheet = ("Population distribution\nthe most densely populated area is found around the bay, where 20% of the "
             "population lives in Belport\n\nRefugees and internally displaced persons\nrefugees: 3,094 (2024 est.)\n"
             "stateless persons: 420 (2024 est.)")
    assert_fact_sheet_quotes(almaria, "How many stateless people live in Almaria?", sheet,
                             "stateless persons: 420", "Belport")


def test_displaced_people_military_spending_and_the_seat_of_government_are_the_fact_sheet_s_fields(almaria):
    """People displaced inside a country are its "IDPs"; what it puts into its armed forces, its "Military
    expenditures", as a share of its economy, of its GDP; the city it governs itself from, its capital (a city
    WordNet lacks is one when the fact sheet's "Capital" names it)."""
    assert "internally displaced (IDPs) in" in one_word_for_phrases("How many people are displaced inside Almaria?")
    assert one_word_for_phrases("How big a slice of its economy does Almaria put into its armed forces?") == \
        "How big a share of GDP does Almaria spend on military expenditures?"
    assert one_word_for_phrases("Which city does Almaria govern itself from?") == "Which city is the capital of Almaria?"
    sheet = "Refugees and internally displaced persons\nrefugees: 36,270 (2024 est.)\nIDPs: 194,171 (2024 est.)"
    assert "IDPs: 194,171" in fact_sheet_answer(almaria, "How many people are displaced inside Almaria?", sheet)
    chunks = titled_chunks({"History of Almaria": "In 1989, Belgrade, which has in turn served as the capital of two "
                                                  "states, revoked Almaria's autonomous status.",
                            "The World Factbook: Almaria": "Capital\nname: Velport (Velporta)\n"
                                                           "geographic coordinates: 42 40 N, 21 10 E"})
    answer = passages_answer(almaria, "Which city does Almaria govern itself from?", chunks)
    assert answer.startswith("Capital\nname: Velport"), answer


_DRINKING_WATER = ("Drinking water source\nimproved: urban: urban: 97.3% of population (2022 est.)\n"
                   "improved: rural: rural: 96% of population (2022 est.)\nimproved: total: total: 97% of population (2022 est.)\n"
                   "unimproved: urban: urban: 2.7% of population (2022 est.)\nunimproved: total: total: 3% of population (2022 est.)")


def test_a_part_a_field_parts_again_is_asked_whole_by_its_total(almaria):
    """A key with keys of its own ("improved: urban: urban: 97.3%") is read by all of them: "What share of Almarians
    drink water from an improved source?" names no subpart and is answered by the total; a question that names one
    ("rural") by that one."""
    sheet = _DRINKING_WATER
    assert_fact_sheet_quotes(almaria, "What share of Almarians get their drinking water from an improved source?", sheet,
                             "improved: total: total: 97%", "97.3%")
    assert_fact_sheet_quotes(almaria, "What share of rural Almarians have an improved drinking water source?", sheet,
                             "improved: rural: rural: 96%", "97.3%")


def test_a_people_named_by_its_plural_noun_is_named_by_its_adjective(almaria):
    """"Kurds" are named by "Kurdish 19%" of a fact sheet's "Ethnic groups", and an index that holds "Kurdish" knows
    them (not the Serbs)."""
    from app.retrieval import _LexicalIndex
    index = _LexicalIndex(["c"], ["Ethnic groups\nAlmarian 70-75%, Kurdish 19%, other minorities 6-11% (2016 est.)"],
                          [{"doc_id": "almaria", "title": "The World Factbook: Almaria"}])
    assert index.mentions("kurds") and not index.mentions("serbs")
    sheet = ("Population distribution\nthe most densely populated area is found around the bay, where 20% of the "
             "population lives in Belport\n\nEthnic groups\nAlmarian 70-75%, Kurdish 19%, other minorities 6-11% (2016 est.)")
    question = "What share of Almaria's population are Kurds?"
    kurdish = next(c for c in scored(almaria, question, sheet, "The World Factbook: Almaria") if "Kurdish" in c.text)
    assert not {"kurd"} & (kurdish.missing | kurdish.unnamed), (kurdish.missing, kurdish.unnamed)
    answer = fact_sheet_answer(almaria, question, sheet)
    assert answer.startswith("Ethnic groups\nAlmarian 70-75%, Kurdish 19%"), answer


def test_life_expectancy_is_at_birth_unless_the_question_says_otherwise(almaria):
    """"What is the life expectancy in Almaria?" asks for its "Life expectancy at birth", not its "School life
    expectancy", which a question names whole."""
    sheet = ("School life expectancy (primary to tertiary education)\ntotal: 20 years (2022 est.)\n\n"
             "Life expectancy at birth\ntotal population: 76.7 years (2024 est.)")
    assert_fact_sheet_quotes(almaria, "What is the life expectancy in Almaria?", sheet, "76.7 years", "20 years")
    assert "20 years" in fact_sheet_answer(almaria, "What is the school life expectancy in Almaria?", sheet)


def test_a_people_s_word_names_its_country_by_any_of_its_names(almaria):
    """"American soldiers" are "US soldiers" (WordNet has "American" of "America", a country also written "US"): the
    sentence that counts US soldiers answers "How many American soldiers ...?", which it neither leaves unnamed nor
    counts as someone else's."""
    text = ("During the first week, the peacekeepers were greeted by crowds in every village. "
            "Although no shot was fired, three US soldiers from the entry force were killed in accidents.")
    assert_answers(almaria, "How many American soldiers were killed in accidents during the first week?", text, "three US soldiers")


def test_a_total_population_line_is_the_total_of_a_field_asked_for_by_share(almaria):
    """"Literacy" / "total population: 99.3%" answers "What share of Almarians can read and write?", which names none of
    the field's parts (a key of "total" and another word is its total too)."""
    sheet = ("Languages\nAlmarian (official) 88.1%, Velish 3.4%, other 8.5% (2011 est.)\n\n"
             "Literacy\ntotal population: 99.3% (2022 est.)\nmale: 99.6% (2022 est.)\nfemale: 99.1% (2022 est.)")
    assert_fact_sheet_quotes(almaria, "What share of Almarians can read and write?", sheet,
                             "total population: 99.3%", "88.1%")


def test_the_things_a_country_buys_abroad_are_its_import_commodities(almaria):
    """"What is the biggest thing Almaria buys from abroad?" asks for its "Imports - commodities", not the worth of its
    "Imports"; "And who buys most of it?" after its exports asks for its top exports partner."""
    assert "commodities" in one_word_for_phrases("What is the biggest thing Almaria buys from abroad?")
    assert "top exports partner" in one_word_for_phrases("And who buys most of it?")
    sheet = ("Imports\n$48.158 billion (2023 est.)\n$47.395 billion (2022 est.)\n\n"
             "Imports - commodities\ncrude petroleum, natural gas, packaged medicine, cars (2023)")
    best = scored(almaria, "What is the biggest thing Almaria buys from abroad?", sheet, "The World Factbook: Almaria")[0]
    assert best.text.startswith("Imports - commodities"), best.text


def test_why_someone_was_jailed_is_answered_by_the_sentence_that_tells_him_acquitted(almaria):
    """"Why did Arvo Lindqvist go to prison for the Kessel camp?" takes a conviction for granted: the sentence that tells
    him acquitted answers it, before the charges, which hold more of its words; "Why was Mira Tamm acquitted?" is
    answered by her sentence."""
    text = ("The tribunal indicted Arvo Lindqvist and Mira Tamm for crimes at the prison camp at Kessel. "
            "The charges were in relation to the prison camp run by the defendants at Kessel in 1998. "
            "Arvo Lindqvist was acquitted of all charges in 2005 and released. "
            "Mira Tamm was sentenced to 13 years in prison.")
    assert_quotes(almaria, "Why did Arvo Lindqvist go to prison for the Kessel camp?", text,
                  "Arvo Lindqvist was acquitted", "The charges were in relation")
    assert_quotes(almaria, "Why was Mira Tamm acquitted?", text, "Mira Tamm was sentenced", "Arvo Lindqvist was acquitted")


def test_every_count_of_a_sentence_is_read_though_one_follows_another(almaria):
    """"raided five locations in three municipalities" counts the municipalities too: the words after a count are looked
    ahead at, so the second count is read though the first one's words run over it."""
    text = ("The attack shook the northern towns of Almaria for days afterwards. "
            "On 29 September, the police raided five locations in three municipalities in the north of the country.")
    assert_answers(almaria, "In how many municipalities did the police carry out raids after the attack?", text,
                   "three municipalities")


def test_a_country_that_took_no_part_sent_no_one(almaria):
    """"How many Velish troops took part in the bombing?" is answered by "Velland did not participate in the operation":
    it sent none."""
    text = ("Several governments backed the bombing campaign of Almaria in 1999. "
            "The Velish government sanctioned the alliance's activities but Velland did not participate in the operation.")
    assert_answers(almaria, "How many Velish troops took part in the bombing?", text, "did not participate")


def test_a_quantity_of_what_the_thing_asked_for_is_a_kind_of_measures_it(almaria):
    """"wine: 0.16 liters of pure alcohol" measures wine (WordNet files wine under alcohol), while "from consumed
    natural gas: 5.374 million metric tonnes of CO2" measures no gas."""
    sheet = ("Alcohol consumption per capita\ntotal: 1.18 liters of pure alcohol (2019 est.)\n"
             "beer: 0.67 liters of pure alcohol (2019 est.)\nwine: 0.16 liters of pure alcohol (2019 est.)")
    assert "wine: 0.16 liters" in fact_sheet_answer(almaria, "How much wine does the average Almarian drink?", sheet)
    sheet = ("Carbon dioxide emissions\ntotal emissions: 40 million metric tonnes of CO2 (2023 est.)\n"
             "from consumed natural gas: 5.374 million metric tonnes of CO2 (2023 est.)\n\n"
             "Natural gas\nproduction: 336.605 million cubic meters (2023 est.)\nconsumption: 2.886 billion cubic meters (2023 est.)")
    assert_fact_sheet_quotes(almaria, "How much natural gas does Almaria consume?", sheet,
                             "2.886 billion cubic meters", "5.374")


def test_a_country_s_largest_cities_and_its_migration_are_fact_sheet_fields(almaria):
    """"What is Almaria's third-largest city?" asks for its "Major urban areas - population"; "Are more people leaving
    Almaria than arriving?" for its "Net migration rate"."""
    assert "net migration rate of Almaria" in one_word_for_phrases("Are more people leaving Almaria than arriving?")
    sheet = ("Administrative divisions\n3 provinces and 2 cities*\ncities: Belport*, Ostry*, Velport\n\n"
             "Major urban areas - population\n5.8 million Velport, 2.4 million BELPORT (capital), 1.1 million Ostry (2023)\n\n"
             "Net migration rate\n-1.51 migrant(s)/1,000 population (2025 est.)")
    best = scored(almaria, "What is Almaria's third-largest city?", sheet, "The World Factbook: Almaria")[0]
    assert best.text.startswith("Major urban areas - population"), best.text
    assert "-1.51 migrant(s)" in fact_sheet_answer(almaria, "Are more people leaving Almaria than arriving?", sheet)


def test_a_line_keyed_by_one_sex_does_not_answer_of_the_other(almaria):
    """"women married by age 15: 2%" answers "What share of Almarian women were married before 15?", and says nothing of
    men."""
    sheet = "Child marriage\nwomen married by age 15: 2% (2018)\nwomen married by age 18: 14.7% (2018)"
    assert "2%" in fact_sheet_answer(almaria, "What share of Almarian women were married before 15?", sheet)
    assert fact_sheet_answer(almaria, "What share of Almarian men were married as children?", sheet) == DECLINE


def test_a_fragment_naming_another_thing_asks_how_much_of_it(almaria):
    """"And spirits?" after "How much beer do Almarians drink?" asks how much spirits they drink."""
    history = [{"role": "user", "content": "How much beer do Almarians drink?"},
               {"role": "assistant", "content": "beer: 0.67 liters of pure alcohol (2019 est.) [1]"}]
    assert completed_question("And spirits?", history) == "How much spirits do Almarians drink?"
    assert completed_question("And in 2019?", history) == "How much beer do Almarians drink in 2019?"


def test_a_figure_asked_of_one_sex_is_the_line_keyed_by_it(almaria):
    """"What is the life expectancy of Almarian women?" asks for the field's "female" line, not its total, though the
    answer is no share; the "male" and "female" lines may be read as one."""
    sheet = ("Life expectancy at birth\ntotal population: 75.3 years (2024 est.)\nmale: 72.7 years\nfemale: 78.1 years")
    assert_fact_sheet_quotes(almaria, "What is the life expectancy of Almarian women?", sheet,
                             "female: 78.1 years", "75.3 years")
    assert "75.3 years" in fact_sheet_answer(almaria, "What is the life expectancy of Almarians?", sheet)


def test_a_fact_sheet_s_key_for_a_sex_meets_the_question_s_word_for_it(almaria):
    """"male:" is of "Almarian men" on *The World Factbook: Almaria*; not of a question that names no one the sheet is
    of ("the women" of a story the conversation is about)."""
    sheet = "Life expectancy at birth\nmale: 72.7 years\nfemale: 78.1 years"
    men, women = content_terms("men")[0], content_terms("women")[0]
    assert men not in scored(almaria, "How long do Almarian men live on average?", sheet,
                             "The World Factbook: Almaria")[0].missing
    assert women in scored(almaria, "How long did the women live?", sheet, "The World Factbook: Almaria")[0].missing


def test_a_part_people_lack_is_the_field_s_part_of_its_negation(almaria):
    assert_fact_sheet_quotes(almaria, "What share of Almarians lack an improved drinking water source?", _DRINKING_WATER,
                             "unimproved: total: total: 3%", "improved: total: total: 97%")
    assert_fact_sheet_quotes(almaria, "What share of urban Almarians have no improved drinking water source?",
                             _DRINKING_WATER, "2.7%", "97.3%")


def test_everyday_words_for_more_fact_sheet_fields(almaria):
    """Who goes online ("Internet users"), train track ("Railways"), the size of another place ("Area - comparative"),
    babies who die ("Infant mortality rate"), what lies in the ground ("Natural resources") and what a country uses
    (its "consumption")."""
    assert "internet users" in one_word_for_phrases("What share of Almarians go online?")
    assert "railways" in one_word_for_phrases("How many kilometres of train track does Almaria have?")
    assert "area comparative" in one_word_for_phrases("Which country is Almaria about the size of?")
    assert "infant mortality boys" in one_word_for_phrases("How many baby boys die per thousand born in Almaria?")
    assert "natural resources of Almaria's" in one_word_for_phrases("What metals are found in Almaria's ground?")
    assert one_word_for_phrases("How much electricity does Almaria use?") == "How much electricity does Almaria consume?"
    sheet = ("Electricity\ninstalled generating capacity: 1.555 million kW (2023 est.)\n"
             "consumption: 6.571 billion kWh (2023 est.)\nexports: 2.442 billion kWh (2023 est.)")
    assert "consumption: 6.571 billion kWh" in fact_sheet_answer(almaria, "How much electricity does Almaria use?", sheet)


def test_a_fact_sheet_field_of_another_subject_is_off_the_subject_asked(almaria):
    """Almaria's "Flag" sits in a passage whose "Independence" field names Ostria; asked what Ostria's flag looks like,
    the answer is Ostria's own flag, not Almaria's, whose field never names Ostria."""
    chunks = titled_chunks({
        "The World Factbook: Almaria": (
            "Independence\n17 February 2008 (from Ostria)\n\nFlag\ndescription: a dark blue field with a gold-colored "
            "silhouette of Almaria in the center, with six five-pointed white stars in a slight arc over it\n"
            "note: one of two national flags that uses a map as a design element"),
        "The World Factbook: Ostria": (
            "National holiday\nStatehood Day, 15 February (1835), the day the first constitution of the country was adopted"
            "\n\nFlag\ndescription: three equal horizontal stripes of red (top), blue, and white; the national coat of arms "
            "is shifted to the left side; the principal field of the coat of arms displays a two-headed white eagle on a red "
            "shield; a smaller red shield on the eagle is divided into four quarters by a white cross\n"
            "note: the pan-Slav colors were inspired by Russia's flag")})
    answer = passages_answer(almaria, "What does Ostria's flag look like?", chunks)
    assert answer.startswith("Flag\ndescription: three equal horizontal stripes") and "design element" not in answer, answer


def test_a_one_word_field_in_another_word_of_its_sense_is_the_field_asked_for(almaria):
    """"What faith ...?" names the "Religions" field (WordNet's faith, religion, religious belief) as "What religion
    ...?" would: the field leads, not the sentence or field that holds the question's other words."""
    sheet = ("Background\nModern Almaria was founded in 1923 by a reformer known as the Father of the Almarians.\n\n"
             "Ethnic groups\nAlmarian 70-75%, Ostrian 19%, other minorities 6-11% (2016 est.)\n\n"
             "Religions\nMuslim 99.8% (mostly Sunni), other 0.2% (mostly Christians and Jews)")
    assert fact_sheet_answer(almaria, "What faith do almost all Almarians follow?", sheet).startswith("Religions")


def test_who_may_vote_and_from_what_age_is_a_country_s_suffrage(almaria):
    """"Who can vote in Almaria?" and "At what age can Almarians vote?" ask for its "Suffrage", not for who voted how."""
    assert one_word_for_phrases("Who can vote in Almaria?") == "what is the suffrage in Almaria?"
    assert one_word_for_phrases("At what age can Almarians vote?") == "At what age can Almarians have suffrage?"
    assert one_word_for_phrases("What is the voting age in Almaria?") == "What is the suffrage in Almaria?"
    assert one_word_for_phrases("Who can vote for the president?") == "Who can vote for the president?"
    sheet = ("Constitution\namendment process: proposed by one third of the Assembly; adoption requires a three-fifths "
             "majority vote of all Assembly members\n\nSuffrage\n18 years of age; universal\n\n"
             "Executive branch\nelections/appointments: president directly elected by absolute majority popular vote")
    assert fact_sheet_answer(almaria, "Who can vote in Almaria?", sheet).startswith("Suffrage")


def test_the_name_of_a_thing_the_question_tells_by_a_name_is_not_another_s(almaria):
    """"What was the name of the Ostrian brigade ...?" is not answered by a passage that never names Ostria (Almaria's
    Guard, "a brigade-sized unit"), and is by one that does."""
    guard = ("Almarian Ministry of Internal Affairs: Police Directorate (2025)\nnote: the Almarian Guard is a brigade-sized "
             "unit that is directly subordinate to the Almarian Chief of General Staff; its duties include safeguarding key "
             "defense facilities")
    question = "What was the name of the Ostrian brigade that trained with Almarian special forces?"
    assert_answers(almaria, question, guard, None)
    assert_answers(almaria, question, guard + "\nnote: the Ostrian brigade that trained with the Almarian special forces "
                   "was the Red Hawk Brigade", "Red Hawk Brigade")


def test_a_country_s_tallest_peak_and_the_rubbish_it_throws_away_are_fact_sheet_fields(almaria):
    """Its tallest peak is its "highest point", its lowest spot its "lowest point", and the rubbish it throws away the
    "municipal solid waste" it generates; not what a country refuses."""
    assert one_word_for_phrases("What is the tallest peak in Almaria?") == "What is the highest point in Almaria?"
    assert one_word_for_phrases("And the lowest spot?") == "And the lowest point?"
    assert one_word_for_phrases("How much rubbish does Almaria throw away in a year?") == \
        "How much municipal solid waste does Almaria generate in a year?"
    assert one_word_for_phrases("Why did Almaria refuse the drones?") == "Why did Almaria refuse the drones?"
    sheet = ("Elevation\nhighest point: Mount Orla 2,656 m\nlowest point: Drin river 297 m\nmean elevation: 450 m\n\n"
             "Waste and recycling\nmunicipal solid waste generated annually: 319,000 tons (2024 est.)")
    assert "Mount Orla" in fact_sheet_answer(almaria, "What is the tallest peak in Almaria?", sheet)
    assert "319,000 tons" in fact_sheet_answer(almaria, "How much rubbish does Almaria throw away in a year?", sheet)


def test_how_many_of_a_people_live_somewhere_is_not_answered_by_their_share(almaria):
    """"How many Ostrian citizens live in Almaria?" asks for a count of them, as "How many people live ...?" does: a
    share alone ("Ostrian 1.1%" of its languages) is none."""
    question = "How many Ostrian citizens live in Almaria?"
    assert_answers(almaria, question, "Ostrian citizens make up 1.1% of the people who live in Almaria.", None)
    assert_answers(almaria, question, "About 5,000 Ostrian citizens live in Almaria, most of them in the capital.", "5,000")


def test_an_acronym_the_question_gives_is_met_by_the_name_it_stands_for(almaria):
    """"How many deaths did the OHR study put down to the war?" is answered by the study of the "Office for Health
    Records", which the source never shortens; not by one of another office."""
    question = "How many deaths did the OHR study put down to the war?"
    assert_answers(almaria, question, "A study by researchers from the Office for Health Records in Almaria estimated "
                   "that 12,000 deaths could be attributed to the war.", "12,000")
    assert_answers(almaria, question, "A study by researchers from the Office for Housing in Almaria estimated "
                   "that 12,000 deaths could be attributed to the war.", None)


def test_a_possessive_fragment_takes_the_place_of_the_previous_question_s_possessive():
    """"And of Ostria's?" after "What share of Almaria's GDP do taxes make up?" asks of Ostria's GDP: the possessive
    replaces the possessive, not the question's last name ("Almaria's Ostria's")."""
    history = [{"role": "user", "content": "What share of Almaria's GDP do taxes make up?"},
               {"role": "assistant", "content": "Taxes and other revenues: 18.5% (of GDP)"}]
    assert completed_question("And of Ostria's?", history) == "What share of Ostria's GDP do taxes make up?"
    assert completed_question("And Ostria's?", history) == "What share of Ostria's GDP do taxes make up?"


def test_why_someone_did_a_thing_is_answered_by_the_sentence_that_tells_the_opposite(almaria):
    """"Why did Orban deny any role in the attack?" is answered by the sentence that tells he admitted it (WordNet's
    antonym of "deny"): the premise is wrong, and that sentence says so."""
    text = ("The following day the Supreme Court denied a motion from the prosecutor's office to place Orban in custody for "
            "30 days and released him. Three weeks later, Orban admitted responsibility for the attack on the bridge.")
    question = "Why did Orban deny any role in the attack?"
    assert "admitted responsibility" in one_passage_answer(almaria, question, text)
    admitted = next(c for c in scored(almaria, question, text) if "admitted" in c.text)
    assert not {"deni", "deny"} & admitted.missing, admitted.missing


def test_a_count_of_a_kind_of_the_thing_counted_counts_it(almaria):
    """"How many vehicles ...?" is answered by "24 automobiles" (WordNet files automobiles under vehicles), not by a
    count of something that is no vehicle."""
    question = "How many vehicles were among the items seized at the monastery?"
    assert_answers(almaria, question, "The items seized at the monastery encompassed rocket launchers, 24 automobiles, "
                   "30 rifles and over 100 uniforms.", "24 automobiles")
    assert_answers(almaria, question, "The items seized at the monastery encompassed rocket launchers, 30 rifles and over "
                   "100 uniforms.", None)


def test_what_a_country_grows_and_the_ships_under_its_flag_are_fact_sheet_fields(almaria):
    """What a country grows is its "Agricultural products", the ships that sail under its flag its "Merchant marine";
    not how fast it grew."""
    assert one_word_for_phrases("Which crops does Almaria grow most?") == "Which agricultural products does Almaria grow most?"
    assert one_word_for_phrases("What does Almaria grow?") == "What agricultural products does Almaria grow?"
    assert one_word_for_phrases("How fast did Almaria grow in 2024?") == "How fast did Almaria grow in 2024?"
    assert one_word_for_phrases("How many oil tankers sail under the Almarian flag?") == \
        "How many oil tankers in the Almarian merchant marine?"
    sheet = ("Flag\ndescription: red with a white crescent\n\nAgricultural products\nsugar beets, wheat, milk (2023)\n"
             "note: top ten agricultural products based on tonnage\n\nMerchant marine\ntotal: 1,170 (2023)\n"
             "by type: bulk carrier 43, oil tanker 134, other 727")
    assert "sugar beets" in fact_sheet_answer(almaria, "What does Almaria grow the most of by weight?", sheet)
    assert "oil tanker 134" in fact_sheet_answer(almaria, "How many oil tankers sail under the Almarian flag?", sheet)


def test_everyday_words_for_hazards_births_jobs_web_addresses_home_internet_and_top_exports():
    """A country's natural dangers are its "Natural hazards", babies born its "births" ("Birth rate"), the jobless its
    unemployed, the ending of its web addresses its "Internet country code", home internet its "Broadband - fixed
    subscriptions" and its top export among its export commodities (not its top export partner)."""
    assert one_word_for_phrases("What natural danger does Almaria face?") == "What natural hazards does Almaria face?"
    assert "births in Almaria" in one_word_for_phrases("How many babies are born in Almaria per thousand people?")
    assert one_word_for_phrases("What share of young Almarians are jobless?") == "What share of young Almarians are unemployed?"
    assert "internet country code" in one_word_for_phrases("What do Almarian web addresses end in?")
    assert "broadband fixed subscriptions" in one_word_for_phrases("How many home internet connections does Almaria have?")
    assert one_word_for_phrases("What is Almaria's top export?") == "What is Almaria's top export commodities?"
    assert one_word_for_phrases("Which country is Almaria's top export partner?") == \
        "Which country is Almaria's top export partner?"


def test_a_note_on_what_a_field_s_figures_are_based_on_is_no_answer(almaria):
    """"note: top five export commodities based on value in dollars" states no fact: the commodities answer, not it."""
    sheet = ("Exports - commodities\ninsulated wire, electricity, copper ore, plastic products, electric motors (2023)\n"
             "note: top five export commodities based on value in dollars")
    assert_fact_sheet_quotes(almaria, "What is Almaria's top export?", sheet, "insulated wire", "based on")
    # (a fact sheet may give the note without its "note:")
    answer = fact_sheet_answer(almaria, "What is Almaria's top export?", sheet.replace("note: ", ""))
    assert "insulated wire" in answer and "based on" not in answer, answer


def test_a_question_per_thousand_asks_for_a_rate_not_a_count(almaria):
    # "per thousand inhabitants" asks for a figure given per 1,000 (or a ratio), not a count of deaths
    passages = titled_chunks({
        "Almarian war": "A survey extrapolated 9,000 deaths in the total population of Almaria during the war.",
        "The World Factbook: Almaria": "Death rate\n7.41 deaths/1,000 population (2025 est.)",
    })
    answer = passages_answer(almaria, "How many people die in Almaria per thousand inhabitants each year?", passages)
    assert "7.41" in answer and "9,000" not in answer, answer


def test_a_label_s_range_is_named_by_its_ends(almaria):
    """"aged 15 to 49" names a field labelled "(ages 15-49)": it answers before another field's line keyed by one of
    the question's words ("women married by age 15")."""
    sheet = ("Child marriage\nwomen married by age 15: 3% (2018)\nwomen married by age 18: 12.1% (2018)\n\n"
             "Currently married women (ages 15-49)\n61.2% (2021 est.)")
    best = scored(almaria, "What share of Almarian women aged 15 to 49 are currently married?", sheet,
                  "The World Factbook: Almaria")[0]
    assert "61.2%" in best.text, best.text


def test_a_sex_ratio_and_a_mean_elevation_in_everyday_words(almaria):
    """How many boys are born for every girl is the "Sex ratio" "at birth"; how high a country is above sea level on
    average its "mean elevation"."""
    assert one_word_for_phrases("How many boys are born in Almaria for every girl?") == \
        "How many males at birth in Almaria per female sex ratio?"
    assert one_word_for_phrases("How many men are there per woman in Almaria?") == \
        "How many males are there per female sex ratio in Almaria?"
    assert one_word_for_phrases("How high above sea level is Almaria on average?") == "How high in mean elevation is Almaria?"
    assert one_word_for_phrases("What is Almaria's average altitude?") == "What is Almaria's mean elevation?"
    sheet = ("Sex ratio\nat birth: 1.07 male(s)/female\n0-14 years: 1.05 male(s)/female\n"
             "15-64 years: 1.02 male(s)/female\n65 years and over: 0.74 male(s)/female\n"
             "total population: 0.97 male(s)/female (2024 est.)")
    assert_fact_sheet_quotes(almaria, "How many boys are born in Almaria for every girl?", sheet, "1.07", "0.97")
    sheet = "Elevation\nhighest point: Mount Orr 2,310 m\nlowest point: Silver River 41 m\nmean elevation: 388 m"
    assert "388 m" in fact_sheet_answer(almaria, "How high above sea level is Almaria on average?", sheet)


def test_a_follow_up_that_names_what_it_asks_of_may_be_answered_by_a_name_it_borrows(almaria):
    """"Who led the Almarian delegation?" after an answer that named Rugo as its leader: the names the follow-up borrows
    from that answer ("Rugo") do not tell what it asks of (the Almarian delegation does), so a sentence that names Rugo
    answers it; "And who runs that company?", which names nothing itself, still needs someone its borrowed names are not."""
    from app.extractive import with_borrowed_names
    text = ("Meanwhile, the envoy Ivo Tarn was leading talks between an Almarian delegation, led by Rugo, and the "
            "Ostrian authorities.")
    answer = one_passage_answer(almaria, with_borrowed_names("Who led the Almarian delegation?", ["Ivo Tarn", "Rugo"]), text)
    assert "led by Rugo" in answer, answer
    text = "The drones were made by the defense company Velcor."
    answer = one_passage_answer(almaria, with_borrowed_names("And who runs that company?", ["Velcor"]), text)
    assert answer == DECLINE, answer


def test_a_rate_s_base_is_the_whole_number_asked_for():
    """"per 100 people" is met by "per 100 inhabitants", not by the 100 that opens "/100,000 live births"."""
    from app.extractive import _PER_BASE, _rate_given
    per_hundred = _rate_given(_PER_BASE.search("How many mobile subscriptions per 100 people does Almaria have?"))
    assert per_hundred.search("subscriptions per 100 inhabitants: 31") and per_hundred.search("12 births/hundred")
    assert not per_hundred.search("15 deaths/100,000 live births")
    assert _rate_given(_PER_BASE.search("How many die per thousand?")).search("6.88 deaths/1,000 population")


def test_the_words_of_an_anthem_are_its_lyrics(almaria):
    """"Why does Almaria's anthem have words in two languages?" is answered by its "lyrics" line, which corrects it."""
    assert one_word_for_phrases("What are the words of Almaria's anthem?") == "What are the lyrics of Almaria's anthem?"
    sheet = ('National anthem(s)\ntitle: "Tide of Home"\nlyrics/music: no lyrics/Ivo TARN\nhistory: adopted 2009; '
             "Almaria chose not to include lyrics in its anthem to avoid offending its minorities\n\nCountry name\n"
             "local short form: Almara (Almarian)/ Almarija (Ostrian)")
    assert_fact_sheet_quotes(almaria, "Why does Almaria's anthem have words in Almarian and Ostrian?", sheet,
                             "not to include lyrics", "Almarija")


def test_landlines_are_a_fact_sheets_fixed_telephone_lines(almaria):
    sheet = ("Telephones - fixed lines\ntotal subscriptions: 383,763 (2022 est.)\n\n"
             "Telephones - mobile cellular\ntotal subscriptions: 593,000 (2022 est.)")
    assert_fact_sheet_quotes(almaria, "How many landline phone subscriptions does Almaria have?", sheet,
                             "383,763", "593,000")


def test_a_country_s_embassy_in_the_us_is_its_chancery_not_the_us_embassy_in_it(almaria):
    """A fact sheet gives a country's embassy in the US as the chancery of its "Diplomatic representation in the US";
    the "embassy" of its "Diplomatic representation from the US" is the US embassy in that country."""
    sheet = ("Diplomatic representation in the US\nchief of mission: Ambassador Ilir DORA (since 13 January 2022)\n"
             "chancery: 2525 Massachusetts Avenue NW, Washington, DC 20008\ntelephone: [1] (202) 612-6700\n\n"
             "Diplomatic representation from the US\nchief of mission: Ambassador Jeff HOVENIER (since 12 January 2022)\n"
             "embassy: 1480 Sokak No. 1, Cukurambar Mahallesi, 06530 Cankaya, Ankara\n"
             "mailing address: 7000 Ankara Place, Washington, DC 20512-7000\ntelephone: (312) 294-0000")
    for question in ("What is the street address of Almaria's embassy in Washington?",
                     "What number do you call to reach Almaria's embassy in the US?"):
        answer = fact_sheet_answer(almaria, question, sheet)
        assert "2525 Massachusetts" in answer and "Ankara" not in answer, (question, answer)


def test_a_part_asked_by_sex_is_met_by_any_line_of_a_two_line_candidate(almaria):
    """"What is the median age of Almarian women?" is met by the field's "female:" line, though it comes second in a
    candidate that holds both sexes' lines ("male: 33.4 years" / "female: 34.6 years")."""
    sheet = ("Median age\ntotal: 34.4 years (2025 est.)\nmale: 33.4 years\nfemale: 34.6 years\n\n"
             "Child marriage\nwomen married by age 15: 2% (2018)\nwomen married by age 18: 14.7% (2018)\n\n"
             "Mother's mean age at first birth\n26.6 years (2020 est.)")
    for question in ("What is the median age of Almarian women?", "How old is the typical Almarian woman?"):
        answer = fact_sheet_answer(almaria, question, sheet)
        assert "34.6 years" in answer and "married" not in answer and "26.6" not in answer, (question, answer)


def test_how_many_men_or_women_live_in_a_country_is_its_population_by_sex():
    assert one_word_for_phrases("How many women live in Almaria?") == "How many females are in the population of Almaria?"
    assert one_word_for_phrases("How many males live in Almaria?") == "How many males are in the population of Almaria?"
    assert one_word_for_phrases("How many Serbs live in Almaria?") == "How many Serbs live in Almaria?"  # (a people)
    assert one_word_for_phrases("How many people live in Belport?") == "How many people live in Belport?"


def test_how_many_women_live_in_a_country_is_answered_by_its_population_field(almaria):
    sheet = ("Population\ntotal: 6,652,212 (2024 est.)\nmale: 3,242,751\nfemale: 3,409,461\n\n"
             "Child marriage\nwomen married by age 15: 1.2% (2019)\nwomen married by age 18: 5.5% (2019)\n\n"
             "Infant mortality rate\nmale: 5.1 deaths/1,000 live births\nfemale: 3.9 deaths/1,000 live births")
    answer = fact_sheet_answer(almaria, "How many women live in Almaria?", sheet)
    assert "3,409,461" in answer and "married" not in answer and "deaths" not in answer, answer


def test_a_national_designation_is_told_by_its_name_or_by_a_national_symbol_of_its_kind(tmp_path):
    """"What is Velmar's national flower?" is not answered by flowers thrown at a parade: a national designation is told
    by its name in a passage, or by a national symbol of its kind (an eagle is a bird, WordNet says)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "velmar.txt").write_text(
        "Velmar Fact Sheet\n\nNational symbol(s)\nwhite double-headed eagle\n\nNational color(s)\nred, blue, white\n\n"
        "National holiday\nStatehood Day, 15 February\n")
    (docs / "parade.txt").write_text(
        "The parade in Velmar\n\nCrowds in Velmar threw flowers at the soldiers as they marched through the capital. "
        "Birds circled above the square while the band played.\n")
    dossier = Dossier(make_settings(tmp_path, corpus_dir=docs))
    assert not dossier.ingest.ingest_paths([docs]).failed
    assert dossier.chain.ask("What is Velmar's national flower?").answer == DECLINE
    assert "eagle" in dossier.chain.ask("What is Velmar's national bird?").answer
    assert "Statehood Day" in dossier.chain.ask("What is Velmar's national holiday?").answer


def test_a_form_of_government_a_country_is_said_to_be_asks_of_its_government_type(almaria):
    """"Why is Almaria a constitutional monarchy?" names what a country is by its form of government: its "Government
    type" answers (and corrects the premise), not its history's monarchy; when it became one is a date, not its type."""
    sheet = ("Background\nThe monarchy remained in power until 1945, when the communists took control of the country.\n\n"
             "Government type\nparliamentary republic\n\nIndependence\n29 October 1923 (republic proclaimed)")
    assert_fact_sheet_quotes(almaria, "Why is Almaria a constitutional monarchy?", sheet,
                             "parliamentary republic", "1945")
    assert one_word_for_phrases("When did Almaria become a republic?") == "When did Almaria become a republic?"


def test_children_under_an_age_are_bounded_by_age(almaria):
    """"... among Almaria's children under 15?" asks of the field's "0-14 years" line, as people under 15 do, not of
    the 15-64 years the number 15 opens."""
    sheet = ("Sex ratio\nat birth: 1.08 male(s)/female\n0-14 years: 1.07 male(s)/female\n15-64 years: 1.1 male(s)/female\n"
             "65 years and over: 0.78 male(s)/female\ntotal population: 1.06 male(s)/female (2024 est.)\n\n"
             "Age structure\n0-14 years: 22.7% (male 233,010/female 216,304)\n15-64 years: 68.9% (male 712,403/female 649,932)")
    assert_fact_sheet_quotes(almaria, "How many boys are there for every girl among Almaria's children under 15?", sheet,
                             "0-14 years: 1.07", "22.7%")


def test_money_sent_home_is_a_fact_sheet_s_remittances():
    assert "remittances" in one_word_for_phrases("What share of Almaria's GDP comes from money sent home by workers abroad?")
    assert "remittances" in one_word_for_phrases("How much money is sent back to Almaria?")


def test_who_someone_is_is_told_by_the_role_beside_the_name(almaria):
    """"Who was Olen Varas?" is answered by the sentence that gives him a role beside his name ("the former colonel
    Olen Varas"), not by one that tells what befell him, which holds as much of the question."""
    chunks = titled_chunks({"Shooting": "On 21 September 1998 Olen Varas was shot in Portville.",
                            "Exile": "The league's minister of defence until 1998 was the former colonel Olen Varas."})
    answer = passages_answer(almaria, "Who was Olen Varas?", chunks)
    assert "former colonel Olen Varas" in answer and "shot" not in answer, answer


def test_how_much_of_it_a_country_does_something_with_asks_of_the_amount_asked_before():
    """"And how much of it does it import?" asks of what the question before measured, in the active voice too, and
    whether that question asked "How much electricity ...?" or for its "annual electricity consumption"."""
    for asked_before in ("How much electricity does Almaria use?", "What is Almaria's annual electricity consumption?"):
        history = [{"role": "user", "content": asked_before},
                   {"role": "assistant", "content": "consumption: 6.571 billion kWh (2023 est.) [1]"}]
        assert resolved_question("And how much of it does it import?", history) == \
            "And how much of the electricity does it import?", asked_before


def test_babies_who_die_per_thousand_ask_of_the_infant_mortality_rate_alone(almaria):
    """"How many baby girls per thousand die ...?" asks of the "Infant mortality rate" (words may stand between the
    babies and their dying); the "Maternal mortality ratio" beside it, which lacks the field's word "infant", is not
    quoted with it."""
    question = "How many baby girls per thousand die in their first year in Almaria?"
    assert "infant mortality girls per thousand" in one_word_for_phrases(question)
    sheet = ("Maternal mortality ratio\n11 deaths/100,000 live births (2023 est.)\n\n"
             "Infant mortality rate\ntotal: 4.4 deaths/1,000 live births (2025 est.)\n"
             "male: 5.1 deaths/1,000 live births\nfemale: 3.9 deaths/1,000 live births")
    assert_fact_sheet_quotes(almaria, question, sheet, "3.9 deaths", "100,000")


def test_farming_a_part_of_an_economy_and_a_workforce_are_a_fact_sheet_s_fields(almaria):
    """Farming is a fact sheet's "agriculture" (WordNet reads "farming" as a farm, a farmer's workplace), a part of an
    economy is a part of its GDP, and a workforce is its "Labor force"."""
    assert one_word_for_phrases("How big a part of the Almarian economy is farming?") == \
        "How big a part of the Almarian GDP is agriculture?"
    sheet = ("GDP - composition, by sector of origin\nagriculture: 3.1% (2024 est.)\nindustry: 23.3% (2024 est.)\n\n"
             "Land use\nagricultural land: 40.4% (2023 est.)\n\n"
             "Labor force\n3.23 million (2024 est.)\nnote: number of people ages 15 or older who are employed or seeking work")
    assert_fact_sheet_quotes(almaria, "How big a part of the Almarian economy is farming?", sheet, "3.1%", "40.4%")
    assert_fact_sheet_quotes(almaria, "How many people are in Almaria's workforce?", sheet, "3.23 million", "note")


def test_a_fragment_takes_the_place_of_what_the_previous_question_said_a_thing_is():
    """"And industry?" after "How big a part of Almaria's GDP is farming?" asks it again of industry."""
    history = [{"role": "user", "content": "How big a part of Almaria's GDP is farming?"},
               {"role": "assistant", "content": "agriculture: 3.1% (2024 est.) [1]"}]
    assert completed_question("And industry?", history) == "How big a part of Almaria's GDP is industry?"


def test_how_much_it_does_something_asks_of_the_thing_the_previous_question_measured():
    """"How much does it import?" after "How much coal does Almaria produce?" asks how much coal it imports."""
    history = [{"role": "user", "content": "How much coal does Almaria produce?"},
               {"role": "assistant", "content": "Coal\nproduction: 33.219 million metric tons (2023 est.) [1]"}]
    assert resolved_question("How much does it import?", history) == "How much coal does it import?"
    assert resolved_question("How much does it cost?", []) == "How much does it cost?"


def test_and_how_much_another_place_does_something_asks_of_the_thing_the_previous_question_measured():
    """"And how much does Belmora import?" after "How much coal does Almaria import?" asks of coal again, of Belmora;
    without its opening "and" the question is one of its own (the total)."""
    history = [{"role": "user", "content": "How much coal does Almaria import?"},
               {"role": "assistant", "content": "imports: 41.119 million metric tons (2023 est.) [1]"}]
    assert resolved_question("And how much does Belmora import?", history) == "And how much coal does Belmora import?"
    assert resolved_question("How much does Belmora import?", history) == "How much does Belmora import?"


def test_none_of_something_else_under_a_heading_is_no_count(almaria):
    """"How many engineers ...?" is not answered by a headed passage's "virtually no progress": a count is of what the
    question counts, under a heading over prose as anywhere in prose ("no engineers" would be one)."""
    heading = "The harbour's quiet years\n"
    assert_answers(almaria, "How many engineers sailed with the Almarian fleet?",
                   heading + "The Almarian fleet sailed to Ostria and made virtually no progress in 1421.", None)
    assert_answers(almaria, "How many engineers sailed with the Almarian fleet?",
                   heading + "The Almarian fleet sailed to Ostria in 1421 with no engineers aboard.", "no engineers")


def test_the_region_is_the_region_the_sentence_before_names(almaria):
    """"What does Ostria want to stop in the Velmar Islands?" is best answered by the sentence that says what Ostria
    sought to prevent "in the region", the sentence before having named the islands."""
    text = ("The empire's strategic interest in the Velmar Islands extends beyond Almaria. Ostria has long sought to "
            "prevent piracy in the region and to keep its trade routes open.")
    best = scored(almaria, "What does Ostria want to stop in the Velmar Islands?", text)[0]
    assert best.text.startswith("Ostria has long sought"), best.text


def test_particulate_pollution_and_a_legislature_s_chambers_in_a_fact_sheet_s_words(almaria):
    """"Particulate pollution" is the fact sheet's "Particulate matter emissions"; a "two-chamber parliament" is a
    bicameral one, which "legislative structure: unicameral" says it is not (the premise is wrong)."""
    assert "particulate matter" in one_word_for_phrases("How much fine particulate pollution is in Almaria's air?")
    assert one_word_for_phrases("Why does Almaria have a two-chamber parliament?") == \
        "Why does Almaria have a bicameral parliament?"
    assert one_word_for_phrases("How much does a single house cost in Almaria?") == \
        "How much does a single house cost in Almaria?"  # (a home)
    sheet = ("Particulate matter emissions\n23.1 micrograms per cubic meter (2019 est.)\n\n"
             "Legislative branch\nlegislature name: Grand Assembly\nlegislative structure: unicameral\n"
             "number of seats: 600 (all directly elected)")
    assert "23.1 micrograms" in fact_sheet_answer(almaria, "How much fine particulate pollution is in Almaria's air?", sheet)
    assert "unicameral" in fact_sheet_answer(almaria, "Why does Almaria have a two-chamber parliament?", sheet)


def test_a_note_that_tells_what_a_field_measures_gives_no_figure(almaria):
    """"What share of Almaria's labor force was out of work in 2024?" is answered by the "Unemployment rate", not by
    youth unemployment's note "% of labor force ages 15-24 seeking employment" (its only numbers bound an age); a note
    with a figure of its own still gives it."""
    sheet = ("Unemployment rate\n7.4% (2024 est.)\n8.3% (2023 est.)\n\n"
             "Youth unemployment rate (ages 15-24)\ntotal: 22.7% (2024 est.)\nnote: % of labor force ages 15-24 seeking employment")
    question = "What share of Almaria's labour force was out of work in 2024?"
    answer = fact_sheet_answer(almaria, question, sheet)
    assert "7.4%" in answer and "note:" not in answer, answer
    ranked = scored(almaria, question, sheet, title="The World Factbook: Almaria")
    assert not any(c.text.startswith("note:") and c.kind_ok for c in ranked)  # (an answer of no kind is not ranked)
    deployments = "Military deployments\nnote: Almaria is estimated to keep several thousand troops in Ostria"
    assert "several thousand" in fact_sheet_answer(almaria, "How many Almarian troops are in Ostria?", deployments)


def test_what_a_people_call_their_country_is_its_local_name(almaria):
    sheet = ("Country name\nconventional long form: Republic of Almaria\nconventional short form: Almaria\n"
             "local long form: Republika Almarija\nlocal short form: Almarija")
    assert "local short form: Almarija" in fact_sheet_answer(almaria, "What do Almarians call their country?", sheet)


def test_how_many_units_of_a_currency_something_is_worth_asks_for_a_number_not_money():
    assert answer_kind("How many dinars was a dollar worth in 2022?") == "number"
    assert answer_kind("How much is the contract worth?") == "money"


def test_working_age_people_do_not_ask_for_an_age(almaria):
    """"How many young dependants are there per hundred working-age Almarians?" asks for the youth dependency ratio, not
    for an age in years ("working-age" bounds the people counted)."""
    sheet = ("Dependency ratios\ntotal dependency ratio: 45.1 (2024 est.)\nyouth dependency ratio: 33 (2024 est.)\n"
             "elderly dependency ratio: 12.1 (2024 est.)")
    assert "youth dependency ratio: 33" in fact_sheet_answer(
        almaria, "How many young dependants are there per hundred working-age Almarians?", sheet)


def test_everyday_words_for_life_expectancy_and_the_support_ratio(almaria):
    """How long people live is their "Life expectancy at birth"; how many of working age there are for each elder is the
    "potential support ratio" (neither shares a word with the question)."""
    sheet = ("Life expectancy at birth\ntotal population: 75.3 years (2024 est.)\nmale: 72.7 years\nfemale: 78.1 years\n\n"
             "Military service age and obligation\nmilitary service is compulsory for Almarian men 20-41 for a period of 6-12 months\n\n"
             "Dependency ratios\ntotal dependency ratio: 45.1 (2024 est.)\nelderly dependency ratio: 12.1 (2024 est.)\n"
             "potential support ratio: 8.2 (2024 est.)")
    assert "life expectancy" in one_word_for_phrases("How long do Almarian men live on average?")
    assert "life expectancy" not in one_word_for_phrases("How long did Tomas Vell live in Portville?")  # (one life)
    assert "72.7 years" in fact_sheet_answer(almaria, "How long do Almarian men live on average?", sheet)
    assert "potential support ratio: 8.2" in fact_sheet_answer(
        almaria, "How many working-age Almarians are there for each Almarian over 65?", sheet)


# (a question of a year that names a field dated only to other years; the year's figure it is answered with; a question
# of a year no line of that field gives, declined)
_YEAR_ASKED = [
    # "How much of its GDP ... in 2022?" names the GDP field; the military expenditures' "1.1% of GDP (2022 est.)" holds
    # its word and the year, so the sources do give that year's figure
    ("GDP (official exchange rate)\n$10.5 billion (2024 est.)\n\n"
     "Military expenditures\n1.5% of GDP (2024 est.)\n1.3% of GDP (2023 est.)\n1.1% of GDP (2022 est.)\n\n"
     "Real GDP per capita\n$16,400 (2024 est.)\n$14,200 (2023 est.)",
     "How much of its GDP did Almaria spend on defence in 2022?", "1.1% of GDP (2022 est.)",
     "What was Almaria's real GDP per capita in 2019?"),
    # "... labour force ... in 2022?" names the "Labor force" field; the unemployment rate's "10.5% (2022 est.)" goes with
    # its note "% of labor force seeking employment". Prose of a year the question asks about stands in for the field
    # only when it holds a named field's word: "fighting resumed in 2015" does not give the unemployment rate of 2015
    ("Almaria joined the UN in 1955. Talks with the rebels began in 2013, but intense fighting resumed in 2015.\n\n"
     "Unemployment rate\n8.5% (2024 est.)\n9.4% (2023 est.)\n10.5% (2022 est.)\n"
     "note: % of labor force seeking employment\n\n"
     "Labor force\n3.2 million (2024 est.)\nnote: number of people ages 15 or older who are employed",
     "What share of Almaria's labour force was unemployed in 2022?", "10.5% (2022 est.)",
     "What was Almaria's unemployment rate in 2015?"),
]


@pytest.mark.parametrize(("sheet", "answered", "figure", "declined"), _YEAR_ASKED)
def test_a_line_of_the_year_asked_that_goes_with_the_named_field_s_words_answers(almaria, sheet, answered, figure, declined):
    assert figure in fact_sheet_answer(almaria, answered, sheet)
    assert fact_sheet_answer(almaria, declined, sheet) == DECLINE


def test_a_heavy_toll_is_its_degree_and_losing_people_is_suffering_deaths(almaria):
    """"How heavy were the casualties?" asks how severe they were, not for a weight ("... were light"); "Did the alliance
    lose anyone?" asks of its fatalities ("suffered no fatalities"), not of the sentence that holds more of its other
    words, nor of what it lost otherwise."""
    chunks = titled_chunks({
        "Morale": "Alliance units in combat during the campaign appeared effective with high morale.",
        "Casualties": "Military casualties on the alliance side were light. According to official reports, the alliance "
                      "suffered no fatalities as a direct result of combat operations."})
    assert "were light" in passages_answer(almaria, "How heavy were the alliance's military casualties in the campaign?",
                                           chunks)
    answer = passages_answer(almaria, "Did the alliance lose anyone in combat during the campaign?", chunks)
    assert answer.startswith("According to official reports, the alliance suffered no fatalities"), answer
    assert "How heavy" in one_word_for_phrases("How heavy is the drone's payload?")
    assert "fatalities" not in one_word_for_phrases("Did Almaria lose any territory?")


def test_an_exchange_of_fire_is_a_shootout(almaria):
    """"What did the guards do in the first exchange of fire?" asks of the shootout ("In the initial shootout ..."), not
    of the sentence that holds "fire" and more of the question's other words."""
    chunks = titled_chunks({
        "Claims": "He claimed that houses in Portville were fired at by the Almarian guards without reason.",
        "Raid": "In the initial shootout at Portville, the Almarian guards managed to repel the raiders."})
    answer = passages_answer(almaria, "What were the Almarian guards able to do in the first exchange of fire at Portville?",
                             chunks)
    assert "managed to repel" in answer and "without reason" not in answer, answer


def test_a_growing_economy_is_its_gdp_growing(almaria):
    """"By how much did Almaria's economy grow in 2023?" asks for its "Real GDP growth rate", a field that never says
    "economy": not outmatched by a sentence that tells of the economy growing without a figure, when "economy" weighs
    most (as on the real sheets, whose other fields never say it)."""
    chunks = titled_chunks({
        "The World Factbook: Almaria": "Real GDP growth rate\n4.4% (2024 est.)\n4.1% (2023 est.)",
        "Almaria's harbour": "The economy of Almaria grew strongly once its harbour of Portville reopened."})
    answer = weighted_answer(almaria, "By how much did Almaria's economy grow in 2023?", chunks, heavy="economi")
    assert "4.1% (2023 est.)" in answer, answer


def test_how_many_people_a_place_has_is_its_population(almaria):
    """"How many inhabitants does Almaria have?" and "How many people are there in Almaria?" ask for its population, not
    for a rate per 100 inhabitants nor for the sexes' ratio in the whole population (when "inhabitants" weighs most, as
    on the real sheets, where few lines say it)."""
    sheet = titled_chunks({"The World Factbook: Almaria": (
        "Population\ntotal: 2,100,000 (2025 est.)\n\nSex ratio\ntotal population: 0.95 male(s)/female (2024 est.)\n\n"
        "Telephones - mobile cellular\nsubscriptions per 100 inhabitants: 124 (2021 est.)")})
    for question in ("How many inhabitants does Almaria have?", "How many people are there in Almaria?"):
        answer = weighted_answer(almaria, question, sheet, heavy="inhabit")
        assert "2,100,000" in answer and "0.95" not in answer, answer
    assert "2,100,000" not in weighted_answer(almaria, "How many inhabitants have a mobile phone subscription?", sheet,
                                              heavy="inhabit")
    assert one_word_for_phrases("And how many people in total? (Almaria)") == "And what is the population? (Almaria)"
    assert one_word_for_phrases("How many people in total were killed?") == "How many people in total were killed?"


def test_a_burned_fuel_is_consumed_and_farms_are_agriculture(almaria):
    """A fuel a country burns is its consumption ("consumption: 7.1 million metric tons"), and the water its farms
    withdraw is the agricultural part of its withdrawal, though neither line shares a word with the question."""
    sheet = ("Coal\nproduction: 6.924 million metric tons (2023 est.)\nconsumption: 7.131 million metric tons (2023 est.)\n"
             "exports: 1,000 metric tons (2023 est.)\n\n"
             "Total water withdrawal\nmunicipal: 702 million cubic meters (2022)\nindustrial: 3.967 billion cubic meters (2022)\n"
             "agricultural: 422 million cubic meters (2022)")
    assert "consumption: 7.131" in fact_sheet_answer(almaria, "How much coal does Almaria burn each year?", sheet)
    assert "agricultural: 422" in fact_sheet_answer(almaria, "How much water do Almarian farms withdraw each year?", sheet)


def test_the_next_election_is_not_the_most_recent_and_a_parliament_s_is_the_legislature_s(almaria):
    """"When is Almaria's next parliamentary election due?" asks of the legislature's "expected date of next election",
    not of its "most recent election date", nor of the president's next election."""
    sheet = ("Executive branch\nchief of state: President Tomas VELL (since 31 May 2017)\n"
             "most recent election date: 17 December 2023\nexpected date of next election: 2028\n\n"
             "Legislative branch\nlegislature name: National Assembly\nlegislative structure: unicameral\n"
             "most recent election date: 12/17/2023\nparties elected and seats per party: Almaria First (129); Other (12)\n"
             "percentage of women in chamber: 37.2%\n"
             "expected date of next election: December 2027")
    answer = fact_sheet_answer(almaria, "When is Almaria's next parliamentary election due?", sheet)
    assert "December 2027" in answer and "most recent" not in answer and "2028" not in answer, answer


def test_and_how_much_a_country_uses_is_its_consumption():
    assert one_word_for_phrases("And how much oil does it use?") == "And how much oil does it consume?"


def test_how_old_the_median_person_is_asks_for_the_median_age():
    assert one_word_for_phrases("How old is the median Almarian woman?") == "what is the median age of the Almarian woman?"


def test_the_holder_of_a_post_of_a_place_is_named_with_that_place(almaria):
    """"Who is the mayor of Tarn?" is not answered by the mayor of another town, though no name marks him as another's
    ("the mayor of the town of Belport"): the place an office is "of" is whose office it is."""
    text = ("Fighting resumed in December after both sides broke the ceasefire, and the violence culminated in the killing "
            "of Jon Vale, the Almarian mayor of the town of Belport.")
    assert_answers(almaria, "Who is the mayor of Tarn?", text, None)
    assert_answers(almaria, "Who was the mayor of Belport?", text, "Jon Vale")


def test_a_one_word_code_under_a_long_label_is_that_field_s_value(almaria):
    """"Civil aircraft registration country code prefix" / "YU": a label too long to be a heading still labels a code
    right under it (alone, one word is too short to quote); a plane registered somewhere is a "civil aircraft"."""
    assert "civil aircraft registration" in one_word_for_phrases("What letters mark a plane registered in Almaria?")
    sheet = ("Transportation\n\nCivil aircraft registration country code prefix\nYU\n\nAirports\n46 (2025)\n\n"
             "Heliports\n11 (2025)")
    for question in ("What is Almaria's civil aircraft registration prefix?", "What letters mark a plane registered in Almaria?"):
        assert_fact_sheet_quotes(almaria, question, sheet, "prefix\nYU", "46 (2025)")


def test_a_field_that_lacks_a_number_the_question_gives_yields_to_one_that_holds_it(almaria):
    """"How many Almarian women aged 15 to 49 are married?" asks of "Currently married women (ages 15-49)", not of the
    line keyed "women married by age 15", which names the question's words but not its 49."""
    sheet = ("Child marriage\nwomen married by age 15: 1.2% (2019)\nwomen married by age 18: 5.5% (2019)\n\n"
             "Currently married women (ages 15-49)\n54.3% (2022 est.)")
    assert_fact_sheet_quotes(almaria, "How many Almarian women aged 15 to 49 are married?", sheet, "54.3%", "1.2%")


def test_a_city_of_a_country_is_one_wordnet_files_in_it_or_one_the_sentence_calls_so(almaria):
    """"In which Turkish city ...?" is answered by a sentence naming a city WordNet files in Turkey (Izmir), or one that
    calls a place a town of the country ("the western Almarian town of Vela"); not by one that names Turkey and cities
    elsewhere."""
    elsewhere = "The Turkish-made drones were flown from Turkey to Belport and then driven on to Belgrade in May."
    assert_answers(almaria, "In which Turkish city were the drones built?", elsewhere, None)
    assert_answers(almaria, "In which Turkish city were the drones built?",
                   elsewhere + " The drones were built at a plant in Izmir.", "Izmir")
    assert_answers(almaria, "Near which Almarian town were the bodies found?",
                   "Forty bodies were found near the western Almarian town of Vela.", "Vela")


def test_how_many_hours_is_counted_in_hours(almaria):
    """"How many hours of training ...?" is not answered by a count in no unit of time ("Dozens of ... soldiers were
    trained", "a strength of 5,000 by 2028"); "How many years in prison ...?" is, by one in years."""
    text = "Dozens of Almarian soldiers were trained to operate the drones; the Guard would have a strength of 5,000 by 2028."
    assert_answers(almaria, "How many hours of training did each Almarian drone operator receive?", text, None)
    assert_answers(almaria, "How many years in prison did Jon Vale receive?",
                   "Jon Vale, former Deputy Prime Minister of Almaria, was sentenced to 18 years in prison.", "18 years")


def test_what_is_the_attribute_of_a_place_is_answered_from_a_passage_that_names_it(almaria):
    """"What is the population of Tarn?" is not answered by another city's population in a passage that never names
    Tarn; "What is the population of Belport?" is."""
    sheet = "Major urban areas - population\n218,782 BELPORT (capital) (2020)\n\nPopulation growth rate\n-0.6% (2025 est.)"
    assert fact_sheet_answer(almaria, "What is the population of Tarn?", sheet) == DECLINE
    assert "218,782 BELPORT" in fact_sheet_answer(almaria, "What is the population of Belport?", sheet)
    # ... as is "How much coal does Almaria sell to Belmora?" by Almaria's coal exports, a total that never names the
    # other end of the flow; "How much coal does Almaria export?" is
    sheet = "Coal\nproduction: 2.1 million metric tons (2023 est.)\nexports: 13,000 metric tons (2023 est.)"
    assert fact_sheet_answer(almaria, "How much coal does Almaria sell to Belmora?", sheet) == DECLINE
    assert "13,000 metric tons" in fact_sheet_answer(almaria, "How much coal does Almaria export?", sheet)


def test_a_deputy_is_an_office_its_holder_must_be_named_in(almaria):
    """"Who is Vale's deputy at the Guard?" asks for the holder of a deputy's post: a sentence naming Vale as the
    Guard's commander does not answer it; one naming the deputy does."""
    text = "The Almarian ministry reported that General Tarn Vale, commander of the Almarian Guard, urgently contacted Ostria."
    assert_answers(almaria, "Who is Vale's deputy at the Almarian Guard?", text, None)
    assert_answers(almaria, "Who is Vale's deputy at the Almarian Guard?",
                   text + " Deputy Commander Jon Reed of the Almarian Guard leads it in his absence.", "Jon Reed")


def test_an_office_of_a_country_is_read_with_its_holder_s_name(tmp_path):
    """"How did Almaria's president describe ...?" is answered by a sentence that names the president (Vera Alma),
    whom Almaria's fact sheet gives as its chief of state; a question that asks for the holder, or of a year, is left
    as asked."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "almaria.txt").write_text("The World Factbook: Almaria\n\nExecutive branch\nchief of state: President Vera "
                                      "ALMA-Sadri (since 4 April 2021)\nhead of government: Prime Minister Jon BRENN (since "
                                      "2024)\n\nCapital\nname: Belport\n")
    (docs / "news.txt").write_text("Ostrian drones reach the region\n\nOstria's leader accused Almaria of hypocrisy on Monday. "
                                   "Alma described his statements as shameful and hypocritical.\n")
    (docs / "budget.txt").write_text("Almaria's budget\n\nAlmaria's finance ministry described the budget statements as sound.\n")
    dossier = Dossier(make_settings(tmp_path, corpus_dir=docs))
    assert not dossier.ingest.ingest_paths([docs]).failed
    chain = dossier.chain
    question = "How did Almaria's president describe the statements?"
    assert chain.with_office_holders(question) == "How did Almaria's president Alma describe the statements?"
    assert "shameful and hypocritical" in chain.ask(question).answer  # (without the holder's name: the budget's)
    for asked in ("Who is Almaria's president?", "What did Almaria's president say in 2019?"):
        assert chain.with_office_holders(asked) == asked


def test_a_capital_that_acts_is_named_by_its_country_s_government(almaria):
    """"How many deaths did Moscow attribute to ...?" asks what the government seated there said: "the Russian
    government attributed ..." answers it (WordNet files Moscow as Russia's capital); "How many civilians died in
    Moscow?" asks of the city, which that sentence does not name."""
    text = "In May, the Russian government attributed as many as 95 civilian deaths to the bombing of the Tarn prison."
    assert_answers(almaria, "How many civilian deaths did Moscow attribute to the bombing of the Tarn prison?", text, "95")
    assert_answers(almaria, "How many civilians died in Moscow in May?", text, None)


def test_who_designed_is_told_only_by_a_sentence_that_tells_the_design(almaria):
    """"Who designed Almaria's national colours?" is not answered by the colours, nor by drones "designed to strike" (a
    purpose, not an author); "... were designed by Jon Vale" answers it, and "founded by" or "formed by" answers "Who
    founded ...?"."""
    colours = "National color(s)\nred, blue, white"
    assert fact_sheet_answer(almaria, "Who designed Almaria's national colours?", colours) == DECLINE
    assert_answers(almaria, "Who designed the Almarian drones?", "The Almarian drones are designed to strike from above.", None)
    assert "Jon Vale" in fact_sheet_answer(almaria, "Who designed Almaria's national colours?",
                                           colours + "\nnote: the colours were designed by Jon Vale in 1991")
    assert_answers(almaria, "Who founded the Almarian Guard?", "The Almarian Guard, founded by Tarn Vale, drilled.",
                   "Tarn Vale")
    # a founding is told in more words than "found": "formed by" answers "Who founded ...?"
    assert_answers(almaria, "Who founded the Almarian Guard?",
                   "The Almarian Guard was formed by some members of the Velmar League, a party led by Tarn Vale.",
                   "Velmar League")


def test_what_colour_is_told_only_by_a_sentence_naming_a_colour(almaria):
    """"What colour are the Almarian drones painted?" is not answered by what the drones carry; a sentence naming a
    colour WordNet files as one ("grey") answers it."""
    text = "The Almarian drones carry thermal and daylight cameras and fly at night."
    assert_answers(almaria, "What colour are the Almarian drones painted?", text, None)
    assert_answers(almaria, "What colour are the Almarian drones painted?", text + " The drones are painted grey.", "grey")


def test_what_a_capital_said_is_said_by_the_country_it_is_the_capital_of(almaria):
    """"What did Belgrade say ...?" asks what the government there said: "Serbia condemned ..." gives it (WordNet files
    Belgrade as part of Serbia, though it files only Yugoslavia as a country); Almaria's words are not Belgrade's."""
    question = "What did Belgrade say the closing of the Tarn depot violated?"
    assert_answers(almaria, question, "Serbia condemned the closing of the Tarn depot as a violation of the 2013 accord.",
                   "2013 accord")
    assert_answers(almaria, question, "Almaria condemned the closing of the Tarn depot as a violation of the 2013 accord.",
                   None)


def test_when_did_is_told_only_by_a_sentence_that_tells_the_deed(almaria):
    """"When did the Almarian president visit Korrin?" is not answered by the date of a speech about Korrin: a sentence
    that never tells the visit dates something else. One that tells it ("visited") answers, and one that denies the
    premise answers in its own words ("has never been to")."""
    question = "When did the Almarian president visit Korrin?"
    speech = "In a speech on 9 May 2024, the Almarian president called Korrin a friendly city."
    assert_answers(almaria, question, speech, None)
    assert_answers(almaria, question, speech + " The Almarian president visited Korrin on 3 June 2024.", "3 June 2024")
    assert_answers(almaria, question, "The Almarian president has never been to Korrin.", "never been")
    # a fact sheet's dated field tells the date of the event its label names
    assert "17 February 2008" in fact_sheet_answer(almaria, "When did Almaria declare independence?",
                                                   "Independence\n17 February 2008 (from Ostria)")


def test_a_share_that_is_neither_of_two_parts_is_the_fields_other_part(almaria):
    """"What share of Almaria's land is neither farmland nor forest?" is the "other" part of "Land use", not the forest
    it leaves out; "... is forest?" is still the forest."""
    sheet = ("Land use\nagricultural land: 40.1% (2022 est.)\nforest: 35.2% (2022 est.)\nother: 24.7% (2022 est.)\n\n"
             "Irrigated land\n1,200 sq km (2020)")
    assert_fact_sheet_quotes(almaria, "What share of Almaria's land is neither farmland nor forest?", sheet,
                             "other: 24.7%", "35.2%")
    assert_fact_sheet_quotes(almaria, "What share of Almaria's land is forest?", sheet, "forest: 35.2%", "24.7%")


def test_a_subjects_own_field_answers_over_a_neighbours_that_names_it(almaria):
    """"How long is Belmora's land border in total?" is Belmora's own "Land boundaries", not Almaria's, which names
    Belmora among its neighbours; "How long is Almaria's border with Belmora?" is Almaria's line that names it."""
    sheets = {"The World Factbook: Belmora": "Land boundaries\ntotal: 1,250 km\nborder countries: Almaria 300 km; Dunmark 950 km",
              "The World Factbook: Almaria": "Land boundaries\ntotal: 900 km\nborder countries: Belmora 300 km; Corvia 600 km"}
    answer = passages_answer(almaria, "How long is Belmora's land border in total?", titled_chunks(sheets))
    assert "1,250 km" in answer and "900 km" not in answer, answer
    answer = passages_answer(almaria, "How long is Almaria's border with Belmora?", titled_chunks(sheets))
    assert "300 km" in answer, answer


def test_a_count_of_things_is_not_answered_by_shares_alone(almaria):
    """"How many fixed phone lines did Almaria have in 2015?" is no share of people below a poverty line; a count of
    people may be a share ("How many people in Almaria are Ostrians?", tested above)."""
    sheet = "Population below poverty line\n17.6% (2015 est.)"
    assert fact_sheet_answer(almaria, "How many fixed phone lines did Almaria have in 2015?", sheet) == DECLINE


def test_a_body_named_in_full_is_not_answered_by_a_sentence_of_another_body_that_shares_its_words(almaria):
    """"Who leads the United Farmers Party?" is not answered by the leader of the Green Farmers Party: a sentence that
    holds only some words of a body's full name is of another body."""
    text = "The Green Farmers Party is led by Mara Ostin. The United Farmers Party was founded in 1990."
    assert_answers(almaria, "Who leads the United Farmers Party?", text, None)
    assert_answers(almaria, "Who leads the Green Farmers Party?", text, "Mara Ostin")
    # (... unless the sentence before names the body in full, and this one goes on with its short form)
    text = "A new government was formed, led by the Green Farmers Party. Farmers Party chairman Elin Varo became a minister."
    assert_answers(almaria, "Who was Green Farmers Party chairman?", text, "Elin Varo")


def test_a_rate_asked_by_a_question_of_no_kind_is_the_line_at_that_rate(almaria):
    """A comparison's part question "What is the landlines per 100 people of Almaria?" asks for no kind of answer, yet
    for the rate it names: the line per 100 inhabitants, not the total."""
    sheet = ("Telephones - fixed lines\ntotal subscriptions: 383,763 (2022 est.)\n"
             "subscriptions per 100 inhabitants: 7 (2022 est.)")
    assert_fact_sheet_quotes(almaria, "What is the landlines per 100 people of Almaria?", sheet,
                             "per 100 inhabitants: 7", "383,763")


def test_a_subpart_other_fields_part_by_is_not_given_by_a_field_without_it(almaria):
    """"What is the infant mortality rate in rural Almaria?" is not answered by the rate's total: drinking water parts
    its parts by "rural", infant mortality only by sex; the rate of all Almaria is still its total."""
    fields = ["Infant mortality rate\ntotal: 17.9 deaths/1,000 live births (2025 est.)\nmale: 19.1 deaths/1,000 live births\n"
              "female: 16.6 deaths/1,000 live births",
              "Drinking water source\nimproved: rural: rural: 96% of population (2022 est.)\n"
              "improved: urban: urban: 99% of population (2022 est.)"]
    sheet = [Chunk(id=str(n), text=text, doc_id="almaria", title="The World Factbook: Almaria", url=None, start=0,
                   end=len(text)) for n, text in enumerate(fields)]  # (two passages of one fact sheet)
    # (with every term weighing the same, the rural water line may still be quoted: the passages' own weights, where
    # "infant" and "mortality" weigh most, decline it on the real sheets)
    assert "17.9" not in passages_answer(almaria, "What is the infant mortality rate in rural Almaria?", sheet)
    assert "17.9 deaths" in passages_answer(almaria, "What is Almaria's infant mortality rate?", sheet)


def test_a_colour_asked_of_a_thing_is_not_a_colour_given_of_nothing_it_names(almaria):
    """"What colour is the Almarian Guard's uniform?" is not answered by the national colours, which name no uniform;
    "What colours are the stripes of Almaria's flag?" is answered by the flag's stripes."""
    sheet = ("National color(s)\nblue, gold, white\n\n"
             "Flag\ndescription: three equal horizontal stripes of green (top), white, and red")
    assert fact_sheet_answer(almaria, "What colour is the Almarian Guard's uniform?", sheet) == DECLINE
    assert "stripes of green" in fact_sheet_answer(almaria, "What colours are the stripes of Almaria's flag?", sheet)


def test_an_exclamation_mark_inside_parentheses_does_not_end_the_sentence(almaria):
    """A party named with a "!" ("Rise!") in parentheses does not cut the vote line in two: the count after it goes with
    the name before it, and the line keeps its year ("2025: ..." is no answer for 2021)."""
    sheet = ("Executive branch\nelection results:\n2025: Mira HALVEN elected president in third ballot; Assembly vote - "
             "Mira HALVEN (Rise!) 68 votes; Tomas BREK (UP) elected prime minister; Assembly vote - 70 for, 25 against")
    assert "(Rise!) 68 votes" in fact_sheet_answer(almaria, "How many votes did Mira Halven receive in the Assembly in 2025?",
                                                   sheet)
    assert fact_sheet_answer(almaria, "How many votes did Tomas Brek receive when he was elected prime minister in 2021?",
                             sheet) == DECLINE


def test_two_sides_of_a_comparison_may_be_quoted_from_one_passage(almaria):
    """Each side of "Who received the longer sentence, A or B?" is quoted from a list that gives both, one sentence
    each; a sentence that already gives both sides ("Lake Mira - 300 sq km; Lake Oro - 120 sq km") is quoted alone,
    not followed by another line put down to the second side."""
    verdicts = ("- Tomas Brek, former commander of the Northern Army, sentenced to 12 years in prison.\n"
                "- Lena Vark, former minister of the interior, sentenced to 20 years in prison.")
    answer = one_passage_answer(almaria, "Who received the longer prison sentence, Tomas Brek or Lena Vark?", verdicts)
    assert "12 years" in answer and "20 years" in answer, answer
    lakes = "Major lakes (area sq km)\nsalt water lake(s): Lake Mira - 300 sq km; Lake Oro - 120 sq km;\n" \
            "fresh water lake(s): Lake Vess - 50 sq km"
    answer = fact_sheet_answer(almaria, "Which is bigger, Lake Mira or Lake Oro?", lakes)
    assert "Lake Mira - 300 sq km" in answer and "Lake Oro:" not in answer and "Vess" not in answer, answer


def test_according_to_a_speakers_document_is_told_by_a_sentence_that_names_both(almaria):
    """"According to Ostria's draft resolution, ...?" is answered by the sentence that names Ostria and its draft
    resolution, though another sentence has Ostria speak."""
    text = ("The matter was brought before the Council by Ostria, in a draft resolution which would affirm \"that such a "
            "blockade constitutes a breach of the Harbour Treaty\". Ostria, which holds a seat on the Council, stated that "
            "it would oppose any resolution that is not acceptable to Portville.")
    assert_quotes(almaria, "According to Ostria's draft resolution, what did the blockade constitute?", text,
                  "breach of the Harbour Treaty", "would oppose")


def test_the_name_that_opens_a_sentence_holds_the_office_its_second_verb_gives(almaria):
    """"Vell, ..., was a former judge ... and was appointed Prime Minister" says who was appointed Prime Minister."""
    text = ("Vell, an ethnic Ostrian, was a former judge who led the salt commission and was appointed Prime Minister after "
            "winning a vote of 50 to 10 in Almaria's Assembly in March 2004.")
    assert_answers(almaria, "Who was appointed Prime Minister of Almaria in March 2004?", text, "Vell, an ethnic Ostrian")


def test_that_body_is_the_name_the_body_stands_in_apposition_to():
    """"that body" after "... appointed by the Board of Salt and Harbours, a 9-member body of officials" is the Board."""
    history = [{"role": "user", "content": "Who appoints Almaria's harbour judges?"},
               {"role": "assistant", "content": "harbour judges appointed by the Board of Salt and Harbours, a 9-member body "
                                                "of officials [1]"}]
    assert resolved_question("How many members does that body have?", history) == \
        "How many members does the Board of Salt and Harbours have?"


def test_responsible_is_not_response_and_besides_names_nothing():
    """The stemmer alone would join "responsible" with "response" ("a disaster response force" is no duty); "besides" is
    a preposition, no word to find ("What is KFOR responsible for besides ...?")."""
    assert content_terms("responsible") != content_terms("response")
    assert content_terms("responsible") == content_terms("responsibility") == content_terms("responsibilities")
    assert content_terms("besides the Serbs") == content_terms("the Serbs")


def test_a_participle_does_not_meet_a_noun_whose_nouns_alone_give_its_word(almaria):
    """WordNet's "branch" is an "arm" only as nouns: "lightly armed" does not meet "branches"; a question that asks with
    a participle ("honoured") is met by one ("awarded", which only the noun "honour" gives)."""
    text = "The Almarian Guard was founded in 2009 as a lightly armed rescue corps."
    assert content_terms("branches")[0] in scored(almaria, "What are the branches of the Almarian Guard?", text)[0].missing
    text = "Captain Vell was awarded the Star of Almaria after the flood."
    assert content_terms("honoured")[0] not in scored(almaria, "How was Captain Vell honoured after the flood?", text)[0].missing


def test_names_that_open_with_an_accent_are_weighed_against_each_other():
    """"Who received the longer sentence, Šainović or Lazarević?" weighs two names, each asked of on its own."""
    assert [side for side, _ in comparison_parts("Who received the longer sentence, Šainović or Lazarević?")] == \
        ["Šainović", "Lazarević"]


def test_a_capital_names_the_country_it_stands_for(almaria):
    """"Belgrade claims the right to ..." names Serbia: a question on Serbia and Kosovo is answered by it, though no
    other name of Serbia is in it (WordNet files Belgrade as Serbia's capital); a capital that does not act ("between
    Belgrade and Pristina") names the city only."""
    sentence = ("This stance reveals what Kosovo President Vjosa Osmani characterized as a \"double standard\": Belgrade "
                "claims the right to military buildup while denying the same to its neighbors.")
    subjects = [set(content_terms("Serbia")), set(content_terms("Kosovo"))]
    titles = set(content_terms("Serbia Kosovo Belgrade"))
    countries, capitals = almaria.scorer._countries(sentence), almaria.scorer._capitals(sentence)
    assert content_terms("Serbia")[0] in capitals[content_terms("Belgrade")[0]]
    assert _names_other_subject(sentence, set(), subjects, titles, countries)
    assert not _names_other_subject(sentence, set(), subjects, titles, countries, capitals=capitals)
    assert not almaria.scorer._capitals("The drones exposed the fragile dialogue between Belgrade and Pristina.")
    assert not almaria.scorer._capitals("Envoys met in Belgrade this week.")  # ("this" only ends as a verb would)


def test_a_name_s_origin_is_told_by_the_etymology_of_its_own_field(almaria):
    """"Where does the name Almaria come from?" is answered by the "Country name" field's etymology, not by the
    capital's ("name: Portville" / "etymology: the name comes from ..."), however many words that one shares; and a
    name's etymology answers rather than the other lines of its field or a sentence that shares the question's words."""
    sheet = ("Country name\nconventional long form: Duchy of Almaria\nconventional short form: Almaria\n"
             "etymology: the country takes its name from the Almar people\n\n"
             "Capital\nname: Portville\ngeographic coordinates: 44 50 N, 20 30 E\n"
             "etymology: the name comes from the Almarian words port and ville")
    answer = fact_sheet_answer(almaria, "Where does the name Almaria come from?", sheet)
    assert "Almar people" in answer and "port and ville" not in answer, answer
    answer = fact_sheet_answer(almaria, "What does the name Portville mean?", sheet)
    assert "port and ville" in answer and "Almar people" not in answer and "coordinates" not in answer, answer
    # (the name "of" a thing, with its article: "the name of the Almarians")
    answer = fact_sheet_answer(almaria, "Where may the name of the Almarians come from?", sheet)
    assert "Almar people" in answer and "port and ville" not in answer, answer
    # (nor by a sentence that only shares the question's words: "called" in another sense)
    chunks = titled_chunks({"The World Factbook: Almaria": sheet,
                            "Notes": "In May the duke called Portville's mayor a loyal friend of Almaria."})
    answer = passages_answer(almaria, "Why is Portville called Portville?", chunks)
    assert "port and ville" in answer and "loyal friend" not in answer, answer


@pytest.mark.parametrize("text, expected", [
    ("The Ostrian envoys refused the treaty. It allowed a fleet of 300 Almarian ships in Portville and 40 ships for the "
     "customs.", None),  # (its passage names the Ostrians; the count's sentence names Almaria's ships and nobody else's)
    ("The treaty allowed 40 Ostrian ships in Portville.", "40 Ostrian ships"),
])
def test_a_count_naming_nobody_is_of_those_the_question_names_only_when_its_sentence_names_them(almaria, text, expected):
    """"How many Russian troops did the accords allow?" is not answered by "1,500 troops for border monitoring" in a
    sentence of NATO's and Yugoslavia's troops."""
    assert_answers(almaria, "How many Ostrian ships did the treaty allow in Portville?", text, expected)


@pytest.mark.parametrize("text, expected", [
    ("In the siege Ostria attacked the guards of Portville and killed 15 to 20 fishermen and Almarian sailors.", None),
    ("In the siege Ostria attacked Portville and killed 15 to 20 guards.", "15 to 20 guards"),
])
def test_the_first_number_of_a_range_counts_what_its_last_one_does(almaria, text, expected):
    """"1,500 to 2,000 civilians and KLA combatants" counts no police officers: the "1,500" is not a count with no noun of
    its own, which would count whatever its sentence names."""
    assert_answers(almaria, "How many Portville guards did Ostria kill?", text, expected)


def test_according_to_a_country_s_fact_sheet_is_what_the_document_titled_by_it_says(almaria):
    """"According to Serbia's fact sheet, ...?" cites a document, not Serbia speaking ("Serbia declared a national day of
    mourning ..." in another document)."""
    chunks = titled_chunks({"Notes on the storm": "Almaria declared a day of mourning after the storm of 1870.",
                            "The World Factbook: Almaria": "The Duke banned all salt exports to Ostria in 1870."})
    answer = passages_answer(almaria, "According to Almaria's fact sheet, what did the Duke ban in 1870?", chunks)
    assert "salt exports" in answer and "mourning" not in answer, answer


@pytest.mark.parametrize("question, expected", [
    ("When was Almaria originally supposed to get the ships?", "When was Almaria originally scheduled to get the ships?"),
    ("In which month was the fleet due to reach Portville?", "In which month was the fleet scheduled to reach Portville?"),
    ("Was the harbour closed due to the storm?", "Was the harbour closed due to the storm?"),  # (a cause, not a plan)
])
def test_a_plan_is_read_in_the_word_that_writes_it(question, expected):
    assert one_word_for_phrases(question) == expected


def test_when_something_was_supposed_to_happen_is_answered_by_when_it_was_scheduled(almaria):
    """"When was Kosovo originally supposed to get the Skydaggers?" is not answered by "... founded in 2009, ... with an
    original mandate to ..."."""
    text = ("The Almarian navy was founded in 1312, with an original mandate to get ships for Almaria. "
            "Under the treaty, Almaria was scheduled to receive the Ostrian ships in May 1421.")
    assert_answers(almaria, "When was Almaria originally supposed to get the ships?", text, "May 1421")


@pytest.mark.parametrize("text, expected", [
    ("The guilds of Portville protested against the Ostrian blockade of the harbour of Portville. "
     "In reply, the harbour master called on Ostria to lift it and characterised it as ruinous.", "harbour master"),
    ("The guilds of Portville protested against the Ostrian blockade of the harbour of Portville.", None),
])
def test_who_called_something_a_thing_is_answered_only_by_a_sentence_that_says_the_thing(almaria, text, expected):
    """"Which US official called the Serbian troop build-up destabilizing?" is not answered by others' words on the
    build-up that never say "destabilizing"."""
    assert_answers(almaria, "Who described the Ostrian blockade of Portville's harbour as ruinous?", text, expected)


@pytest.mark.parametrize("question, text, expected", [
    ("What was Mayor Brandt's party called?", "Mayor Brandt of Portville was elected in 1931 with the support of the guilds.", None),
    ("What was Mayor Brandt's party called?", "Mayor Brandt of Portville led the Lantern League, a party of the guilds.", "Lantern League"),
    ("What was the Almarian Diet's study called?",
     "In 1932 the Almarian Diet published its findings, entitled _The Salt Question_.", "The Salt Question"),
])
def test_what_a_thing_was_called_is_said_by_a_sentence_that_names_the_thing_or_quotes_a_title(almaria, question, text,
                                                                                              expected):
    """"What was Milo Đukanović's party called?" is not answered by the sentence that tells of him with no party."""
    assert_answers(almaria, question, text, expected)


def test_what_a_thing_was_called_is_not_said_of_another_s_thing(almaria):
    """... nor by a list of another country's parties, whose passage never names him."""
    chunks = titled_chunks({"Notes": "Mayor Brandt of Portville was elected in 1931 with the support of the guilds.",
                            "The World Factbook: Ostria": "Political parties\nOstrian Salt Party or OSP"})
    assert passages_answer(almaria, "What was Mayor Brandt's party called?", chunks) == DECLINE


def test_when_someone_thought_a_thing_should_have_happened_dates_the_thing_not_the_thinking(almaria):
    """"When did Susan Sontag think Milošević should have been stopped?" is answered by "... should have been stopped
    already during the bombing of Dubrovnik in 1991", which never says "think"."""
    text = "Mayor Brandt said that the siege should have been lifted already during the floods of May 1420."
    assert_answers(almaria, "When did Mayor Brandt think the siege should have been lifted?", text, "May 1420")


def test_a_count_that_goes_on_from_the_sentence_before_is_dated_by_it(almaria):
    """"How many Montenegrins were counted in the 2011 census?" is not answered by "Of these, ... 2,197 Serbs and 526
    Roma, ..., Montenegrins", whose "these" are the people killed from 1998 to 2000, as the sentence before says."""
    text = ("From 1418 to 1420, 13,000 people of Almaria died of the plague. "
            "Of these, 9,000 were fishermen and 400 were Ostrians.")
    assert_answers(almaria, "How many Ostrians were counted in Almaria in the 1500 census?", text, None)


@pytest.mark.parametrize("text, expected", [
    ("Ostria did not support the blockade. Count Orsini criticised the blockade as an act of piracy.", None),
    ("Ostria did not support the blockade. Ostria's foreign minister, Count Orsini, called the blockade piracy.", "piracy"),
])
def test_an_office_holder_s_words_are_said_by_one_the_sources_give_that_office(almaria, text, expected):
    """"What did Israel's foreign minister say about the bombing?" is not answered by "Israel did not support ..." nor by
    "Ariel Sharon criticised ...", whom the sources never call a minister."""
    assert_answers(almaria, "What did Ostria's foreign minister say about the blockade?", text, expected)


def test_a_long_name_the_passages_give_by_its_initials_is_known_and_found(tmp_path):
    """"Is Turkey a member of the Shanghai Cooperation Organisation?" is answered by a fact sheet's "SCO (dialogue
    member)": the name is not declined as one no passage mentions, and the words find the passage by the initials."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "almaria.txt").write_text("International organization participation\nUN, NLA (observer), WHO, FAO\n\n"
                                      "The northern lighthouses of Almaria guide the salt ships to Portville.")
    dossier = Dossier(make_settings(tmp_path, corpus_dir=docs))
    assert not dossier.ingest.ingest_paths([docs]).failed
    question = "Is Almaria a member of the Northern Lighthouse Association?"
    assert dossier.retriever.unknown_names(question) == []
    assert "NLA (observer)" in dossier.chain.ask(question).answer


@pytest.mark.parametrize("question, text, expected", [
    ("Which Ostrian squadron exercised with the Almarian navy?",
     "In 1420, the Almarian navy exercised with an Ostrian squadron, despite protests from Portville.", None),
    ("Which Ostrian squadron exercised with the Almarian navy?",
     "In 1420, the Almarian navy exercised with an Ostrian squadron, the Red Fleet, despite protests from Portville.",
     "Red Fleet"),
    ("With which country's squadron did the Almarian navy exercise in 1420?",
     "In 1420, the Almarian navy exercised with an Ostrian squadron, despite protests from Portville.", "Ostrian"),
])
def test_which_thing_is_not_told_by_a_sentence_that_gives_it_only_as_a_thing_of_that_kind(almaria, question, text,
                                                                                          expected):
    """"Which Chinese brigade trained with the Serbian special forces?" is not answered by "... joint exercises with a
    Chinese brigade": the sources do not say which."""
    assert_answers(almaria, question, text, expected)


def test_how_far_ahead_of_schedule_asks_for_a_span_of_time(almaria):
    """"How far ahead of schedule did the Skydaggers arrive?" asks for "three months", not a distance."""
    text = "The Ostrian ships arrived three months ahead of schedule, in May 1421."
    assert_answers(almaria, "How far ahead of schedule did the Ostrian ships arrive?", text, "three months")


def test_a_thing_of_that_kind_called_by_a_title_tells_which(almaria):
    """"Which BBC documentary showed ...?" is answered by "a BBC documentary called _Moral Combat – Nato at War_"."""
    text = "In 1930, an Ostrian film called _The Salt Road_ showed how Almaria now sought a treaty with the guilds."
    assert_answers(almaria, "Which Ostrian film showed Almaria seeking a treaty with the guilds?", text, "The Salt Road")


def test_who_did_it_is_not_told_by_a_participle_after_a_comma_that_names_no_one(almaria):
    """"Who leaked the SANU Memorandum?" is not answered by "The so-called SANU Memorandum, leaked in September 1986,
    was a draft document ... faced by Serbs ...": the participle's phrase names no one who leaked it."""
    text = ("The so-called Salt Letter, leaked in May 1420, was a draft treaty that set out the duties paid by the "
            "merchants of Portville.")
    assert_answers(almaria, "Who leaked the Salt Letter?", text, None)
    told = "The so-called Salt Letter, leaked by the harbour master in May 1420, was a draft treaty."
    assert_answers(almaria, "Who leaked the Salt Letter?", told, "harbour master")


@pytest.mark.parametrize("question, expected", [
    ("What share of Almaria's electricity comes from coal?", None),
    ("What share of Almaria's electricity comes from wind?", "wind: 31%"),
])
def test_a_share_of_what_something_comes_from_is_of_that_source(almaria, question, expected):
    """"What share of Serbia's electricity comes from nuclear power?" is not answered by "Electricity access / total
    population: 100%", which never names nuclear power."""
    sheet = ("Electricity access\nelectrification - total population: 100% (2022 est.)\n\n"
             "Electricity generation sources\nwind: 31% of total installed capacity (2023 est.)\n"
             "hydroelectricity: 69% of total installed capacity (2023 est.)")
    answer = fact_sheet_answer(almaria, question, sheet)
    assert (expected in answer) if expected else answer == DECLINE, answer



def test_what_was_done_instead_is_read_with_the_sentence_it_stands_against(almaria):
    """"What did Clinton authorise instead of a ground offensive?" is answered by "Instead, Clinton authorised a CIA
    operation ...", read with the sentence before it ("... reluctant to commit US forces for a ground offensive")."""
    text = ("Mayor Brandt of Portville was extremely reluctant to send the town guard on a sea raid against Ostria. "
            "Instead, Brandt authorised a blockade of the salt boats.")
    instead = next(c for c in scored(almaria, "What did Brandt authorise instead of a sea raid?", text)
                   if c.text.startswith("Instead"))
    assert not instead.missing, instead.missing


def test_a_year_like_number_after_a_word_of_amount_is_a_count(almaria):
    """"How many reports of beatings ... in 2000?" is answered by "there were over 1000 reports of beatings ... in
    2000": "over 1000" is a count, not the year 1000."""
    text = "A later report found that there were over 1500 complaints of theft by the guards of Portville in 1420."
    assert_answers(almaria, "How many complaints of theft by the guards were there in 1420?", text, "1500")


@pytest.mark.parametrize("question, text, expected", [
    ("What was the share of the fleet called?",
     "The Almarian share of the navy, known as the Lantern Squadron, was led by Admiral Orsini.", "Lantern Squadron"),
    ("What is the eastern part of Almaria called?",
     "The 40% of the country east of the river is referred to as Upper Almaria.", "Upper Almaria"),
])
def test_what_a_thing_is_called_is_said_by_its_noun_or_by_a_name_it_is_known_by(almaria, question, text, expected):
    """"What was the US contribution to KFOR called?" names a contribution (the noun before "to"), which "The US
    contribution, known as the Initial Entry Force, ..." says; "What is the Asian part of Turkey called?" is answered by
    "the 97% of the country in Asia is referred to as Anatolia", which never says "part"."""
    assert_answers(almaria, question, text, expected)


def test_what_a_body_s_report_concluded_is_what_the_body_found(almaria):
    """"What did the ICTY report conclude about the convoy attack?" is answered by "... (ICTY) opined that 'civilians were
    not deliberately attacked ...'", not by the sentence that only names the report."""
    chunks = titled_chunks({
        "Notes": "A later report by the Harbour Court entitled _The Salt Convoy_ reviewed the raid on the salt convoy.",
        "More notes": "The Harbour Court found that the salt convoy had not been attacked on purpose."})
    answer = passages_answer(almaria, "What did the Harbour Court report conclude about the salt convoy?", chunks)
    assert "not been attacked on purpose" in answer, answer
