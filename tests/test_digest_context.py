"""Which organisations are context (shared by unrelated stories) rather than a sign of one event."""

from __future__ import annotations

from briefing.core.digest.context import is_context_organisation


def test_supranational_body_is_context() -> None:
    assert is_context_organisation("the European Union")


def test_institution_named_by_country_and_kind_is_context() -> None:
    assert is_context_organisation("Turkish Parliament")


def test_company_named_by_country_and_trade_is_not_context() -> None:
    assert not is_context_organisation("Turkish Airlines")


def test_named_local_council_is_not_context() -> None:
    assert not is_context_organisation("Gdańsk city council")
