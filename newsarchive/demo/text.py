"""Invented news prose: names, headlines, deks and paragraphs from small word pools.

Everything is a pure function of an integer seed (random.Random with an int seed
is stable across CPython versions), so the site is the same on every run.
"""

from __future__ import annotations

import random

FIRST_NAMES = (
    "Jane", "Marcus", "Priya", "Tomás", "Helen", "Darius", "Mei", "Oliver", "Amara", "Gregory",
    "Sofia", "Kwame", "Lena", "Rafael", "Nadia", "Elliot",
)  # fmt: skip
LAST_NAMES = (
    "Doe", "Whitfield", "Raman", "Álvarez", "Brooks", "Okafor", "Lindqvist", "Hart", "Castillo",
    "Nakamura", "Fairbanks", "O'Connell", "Mensah", "Duval", "Petrov", "Sandoval",
)  # fmt: skip
SUBJECTS = {
    "politics": ("Senate leaders", "The governor", "House committee", "Lawmakers", "The mayor"),
    "us": ("City officials", "Firefighters", "A county board", "School districts", "Local police"),
    "world": ("European ministers", "Coastal nations", "Negotiators", "The premier", "Aid groups"),
    "business": ("Regional banks", "Shipping firms", "A retail chain", "Investors", "Bankers"),
    "tech": ("Chipmakers", "A startup", "App developers", "Regulators", "Researchers"),
    "health": ("Hospital networks", "Nurses", "Health officials", "A vaccine maker", "Clinics"),
    "opinion": ("Our leaders", "Voters", "Young families", "The courts", "Small towns"),
    "sports": ("The home team", "A rookie pitcher", "Coaches", "The league", "Marathon runners"),
}  # fmt: skip
VERBS = (
    "weigh", "reject", "back", "unveil", "delay", "defend", "question", "expand", "rethink",
    "push for", "brace for", "settle on",
)  # fmt: skip
OBJECTS = (
    "a budget plan", "new water rules", "a late-night deal", "tariff relief", "a safety review",
    "the transit overhaul", "a housing bill", "cuts to night service", "the stadium lease",
    "an emergency fund", "stricter audits", "a four-day week",
)  # fmt: skip
TAILS = (
    "after a long night", "as deadline nears", "amid growing doubts", "in a surprise vote",
    "despite protests", "ahead of summer", "with one week to go", "after months of talks",
)  # fmt: skip
DEK_OPENERS = (
    "The move follows", "Critics point to", "Supporters cite", "Officials are weighing",
    "Residents worry about",
)  # fmt: skip
DEK_ENDS = (
    "weeks of pressure from neighbouring districts.", "the rising cost to renters.",
    "a sharp drop in complaints.", "an unexpected budget surplus.",
    "a deadline that keeps slipping.",
)  # fmt: skip
CLAUSES = (
    "according to people familiar with the talks", "the office said in a statement",
    "records reviewed by Demo News show", "two officials confirmed on Tuesday",
    "although the figures remain disputed", "which surprised several observers",
    "in a move that could reshape the debate", "as residents waited for answers",
)  # fmt: skip
NOUNS = (
    "the council", "the committee", "the agency", "residents", "analysts", "the union",
    "the chairwoman", "the spokesman", "business owners", "the auditor", "volunteers",
)  # fmt: skip
PREDICATES = (
    "said the plan would take effect next month", "asked for more time to study the costs",
    "warned that the deadline could slip again", "called the proposal a reasonable first step",
    "pointed to rising costs over the last year", "promised a public hearing before any vote",
    "declined to comment on the details", "estimated the price at $4.2 million",
    "said the “details still matter” to them", "described the mood as cautious but hopeful",
)  # fmt: skip


def person_name(index: int) -> str:
    """A stable author name; index picks first and last names independently."""
    return (
        f"{FIRST_NAMES[index % len(FIRST_NAMES)]} {LAST_NAMES[(index * 7 + 3) % len(LAST_NAMES)]}"
    )


def headline(seed: int, section: str) -> str:
    rng = random.Random(seed)
    subject = rng.choice(SUBJECTS[section])
    text = f"{subject} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}"
    return text[0].upper() + text[1:]


def dek(seed: int) -> str:
    rng = random.Random(seed * 31 + 7)
    return f"{rng.choice(DEK_OPENERS)} {rng.choice(DEK_ENDS)}"


def sentence(rng: random.Random) -> str:
    noun = rng.choice(NOUNS)
    text = f"{noun[0].upper()}{noun[1:]} {rng.choice(PREDICATES)}"
    if rng.random() < 0.5:
        text += f", {rng.choice(CLAUSES)}"
    return text + "."


def paragraphs(seed: int, count: int) -> list[str]:
    """`count` paragraphs of two to three sentences each."""
    rng = random.Random(seed * 1009 + 11)
    return [" ".join(sentence(rng) for _ in range(rng.randint(2, 3))) for _ in range(count)]


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by hyphens (accents dropped, apostrophes removed)."""
    out = []
    for char in text.lower().replace("'", "").replace("’", ""):
        out.append(char if char.isascii() and char.isalnum() else "-")
    return "-".join(part for part in "".join(out).split("-") if part)
