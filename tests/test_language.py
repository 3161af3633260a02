"""Posting.language: the ISO 639-1 code of the language a posting is written in."""

from __future__ import annotations

import numpy
import pytest
from hypothesis import given
from hypothesis import strategies as st

import postings_parser as pp
from postings_parser.posting.language import _identifier, restricted_identifier

from .conftest import read_jsonl

# real sentences of the varied dev postings, one language each
CASES = [
    (
        "en",
        "You will design and build data pipelines with our analytics team and help them "
        "answer questions about how customers use the product every day.",
    ),
    (
        "de",
        "Du entwickelst gemeinsam mit unserem Team neue Funktionen für unsere Plattform und "
        "sorgst dafür, dass unsere Kunden jeden Tag zuverlässig arbeiten können.",
    ),
    (
        "fr",
        "Vous serez amené à concevoir et développer de nouvelles fonctionnalités pour nos "
        "clients et à participer à l'amélioration continue de notre plateforme.",
    ),
    (
        "es",
        "Buscamos una persona con experiencia en desarrollo de software que quiera crecer con "
        "nosotros y trabajar en proyectos para clientes de todo el mundo.",
    ),
    (
        "pt",
        "Procuramos uma pessoa com experiência em desenvolvimento de software para trabalhar "
        "com a nossa equipe em projetos de clientes no Brasil e no exterior.",
    ),
    (
        "it",
        "Cerchiamo una persona con esperienza nello sviluppo software che voglia crescere con "
        "noi e lavorare su progetti per clienti in tutta Italia.",
    ),
    (
        "nl",
        "Je werkt samen met ons team aan nieuwe functies voor ons platform en zorgt ervoor dat "
        "onze klanten elke dag betrouwbaar kunnen werken.",
    ),
]


@pytest.mark.parametrize(("code", "sentence"), CASES, ids=[c for c, _ in CASES])
def test_a_posting_is_in_the_language_it_is_written_in(code: str, sentence: str) -> None:
    assert pp.parse_posting(sentence).language == code


def test_a_posting_without_words_has_no_language() -> None:
    assert pp.parse_posting("US, WA, Seattle\n1234 5678").language is None


# the model's own half-precision weights: what the stage's single-precision table must score
# exactly like
_HALF = restricted_identifier()


def _same_scores(sample: str) -> bool:
    return bool(numpy.array_equal(_identifier()._decide(sample), _HALF._decide(sample)))


def test_the_widened_weights_score_every_sample_exactly_as_the_model_s_own() -> None:
    assert _identifier().nb_ptc.dtype == numpy.float32
    assert _HALF.nb_ptc.dtype == numpy.float16
    texts = [r["text"] for r in read_jsonl("employers.sample.jsonl")]
    texts += [s for _, s in CASES]
    for text in texts:
        for start in range(0, len(text), 97):
            assert _same_scores(text[start : start + 120]), text[start : start + 120]


@given(st.text(min_size=20, max_size=200))
def test_the_widened_weights_score_any_text_exactly_as_the_model_s_own(sample: str) -> None:
    assert _same_scores(sample)
