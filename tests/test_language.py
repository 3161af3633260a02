"""Posting.language: the ISO 639-1 code of the language a posting is written in."""

from __future__ import annotations

import pytest

import postings_parser as pp

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
