"""Two rule components of the spaCy model, rerun the fast way: same annotations, a fraction
of the time (each took ~15% and ~7% of a plain ``nlp.pipe`` on court news).

The attribute ruler (tag → POS and morphology, a few word exceptions) without the Matcher
for its one-token patterns:

spaCy's ``AttributeRuler`` runs a :class:`~spacy.matcher.Matcher` of all its ~180 patterns
over every token, then applies the matches in rule order (a later rule wins). Nearly all of
the English pipeline's patterns are one token long and test ``TAG``, ``LOWER``, ``DEP`` or
``IS_SPACE``: here those are looked up by the token's tag and lower form and applied in the
same rule order; only the few longer patterns still go through a Matcher.

The rule lemmatizer with the lemma of each (word, POS, morphology) remembered, so its Python
method runs once per kind of token rather than once per token (its own cache is keyed the
same way, so the lemmas are the same).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

_GETTERS: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}
Check = Callable[[Token], bool]
# token kinds remembered, then cleared: ~290 and ~190 bytes an entry, so at most ~15 and ~10 MB
# (new words keep coming: a long run's cache would otherwise grow with its vocabulary)
_CACHE_MAX = 50_000


def _check(key: str, want: Any) -> Check | None:
    """A test of one pattern key, or None when this module does not read that form."""
    get = _GETTERS.get(key)
    if get is None:
        return None
    if not isinstance(want, dict):
        return lambda t: bool(get(t) == want)
    if set(want) == {"IN"}:
        values = frozenset(want["IN"])
        return lambda t: get(t) in values
    if set(want) == {"NOT_IN"}:
        values = frozenset(want["NOT_IN"])
        return lambda t: get(t) not in values
    if set(want) == {"REGEX"}:
        regex = re.compile(want["REGEX"])
        return lambda t: bool(regex.search(get(t)))
    return None


class FastAttributeRules:
    """Applies an ``AttributeRuler``'s rules, one-token patterns by lookup (see module)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.attrs = ruler.attrs
        self.by_tag: dict[str, list[tuple[int, list[Check]]]] = {}
        self.by_lower: dict[str, list[tuple[int, list[Check]]]] = {}
        self.general: list[tuple[int, list[Check]]] = []
        self.matcher = Matcher(ruler.vocab)
        for rule_id, rule in enumerate(ruler.patterns):
            long: list[list[dict[str, Any]]] = []
            patterns: list[list[dict[str, Any]]] = rule["patterns"]  # type: ignore[assignment]
            for pattern in patterns:
                checks = [_check(str(k), v) for k, v in pattern[0].items()] \
                    if len(pattern) == 1 else [None]
                if None in checks or rule.get("index", 0) not in (0, -1):
                    long.append(pattern)
                    continue
                entry = (rule_id, [c for c in checks if c is not None])
                tag, lower = pattern[0].get("TAG"), pattern[0].get("LOWER")
                if isinstance(tag, str):
                    self.by_tag.setdefault(tag, []).append(entry)
                elif isinstance(lower, str):
                    self.by_lower.setdefault(lower, []).append(entry)
                else:
                    self.general.append(entry)
            if long:
                self.matcher.add(str(rule_id), long)
        self.indices = ruler.indices
        self._cache: dict[tuple[str, str, str, bool], tuple[int, ...]] = {}

    def __call__(self, doc: Doc) -> Doc:
        todo: dict[int, list[int]] = {}
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            rule_id = int(doc.vocab.strings[match_id])
            target = doc[start:end][self.indices[rule_id]].i
            todo.setdefault(target, []).append(rule_id)
        if len(self._cache) > _CACHE_MAX:
            self._cache.clear()
        for tok in doc:
            # the one-token rules read only these four, so tokens alike get the same rules
            key = (tok.tag_, tok.lower_, tok.dep_, tok.is_space)
            ids = self._cache.get(key)
            if ids is None:  # in rule order: a later rule overrides an earlier one
                ids = tuple(sorted(rule_id for rule_id, checks in self._candidates(tok)
                                   if all(check(tok) for check in checks)))
                self._cache[key] = ids
            if tok.i in todo:
                ids = tuple(sorted((*ids, *todo[tok.i])))
            for rule_id in ids:
                set_token_attrs(tok, self.attrs[rule_id])
        return doc

    def _candidates(self, tok: Token) -> Iterable[tuple[int, list[Check]]]:
        yield from self.by_tag.get(tok.tag_, ())
        yield from self.by_lower.get(tok.lower_, ())
        yield from self.general


class FastLemmas:
    """Runs a rule ``Lemmatizer`` once per kind of token (see module)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._cache: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer, cache = self.lemmatizer, self._cache
        if len(cache) > _CACHE_MAX:
            cache.clear()
        overwrite = lemmatizer.overwrite
        for tok in doc:
            if overwrite or tok.lemma == 0:
                key = (tok.orth, tok.pos, tok.morph.key)  # type: ignore[attr-defined]
                lemma = cache.get(key)
                if lemma is None:
                    lemma = cache[key] = lemmatizer.lemmatize(tok)[0]
                tok.lemma_ = lemma
        # spaCy's lemmatizer keeps its own cache of the same keys, never emptied: this one
        # answers every kind of token seen, so that copy only grows
        lemmatizer.cache.clear()
        return doc


@Language.factory("verdicts_lemmas")
def _make_fast_lemmas(nlp: Language, name: str) -> FastLemmas:
    """``nlp``'s own rule lemmatizer behind a cache (added beside it, which is then removed)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer):
        raise TypeError("lemmatizer is not a Lemmatizer")
    return FastLemmas(lemmatizer)


@Language.factory("verdicts_attribute_rules")
def _make_fast_rules(nlp: Language, name: str) -> FastAttributeRules:
    """The rules of ``nlp``'s own ``attribute_ruler`` (added beside it, which is then removed)."""
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        raise TypeError("attribute_ruler is not an AttributeRuler")
    return FastAttributeRules(ruler)


def use_fast_pipes(nlp: Language) -> None:
    """Swap ``nlp``'s attribute ruler and rule lemmatizer for the fast versions above."""
    pipes = dict(nlp.pipeline)
    if isinstance(pipes.get("attribute_ruler"), AttributeRuler):
        nlp.add_pipe("verdicts_attribute_rules", after="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    lemmatizer = pipes.get("lemmatizer")
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
        nlp.add_pipe("verdicts_lemmas", after="lemmatizer")
        nlp.remove_pipe("lemmatizer")
