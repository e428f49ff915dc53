import pytest

from guardrails import CheckContext, PolicyError
from guardrails.checks.memory_budget import MemoryBudgetCheck, length_penalty, memory_budget_select

CONFIG = {"max_item_chars": 100, "soft_item_chars": 50, "max_items": 3, "max_total_chars": 200}


@pytest.fixture(scope="module")
def check() -> MemoryBudgetCheck:
    return MemoryBudgetCheck(CONFIG)


class TestMemoryBudgetCheck:
    def test_it_passes_a_short_memory_write(self, check: MemoryBudgetCheck) -> None:
        result = check.run("User is vegetarian.", context=CheckContext(kind="memory"))
        assert result.passed and result.score == 0.0

    def test_it_penalises_long_memories_before_rejecting_them(self, check: MemoryBudgetCheck) -> None:
        result = check.run("x" * 80, context=CheckContext(kind="memory"))
        assert result.passed and 0.3 < result.score < 0.5

    def test_it_rejects_a_memory_over_the_item_limit(self, check: MemoryBudgetCheck) -> None:
        result = check.run("x" * 130, context=CheckContext(kind="memory"))
        assert not result.passed
        assert [(s.start, s.end, s.label) for s in result.spans] == [(100, 130, "over_item_limit")]

    def test_it_passes_injected_memories_within_budget(self, check: MemoryBudgetCheck) -> None:
        ctx = CheckContext(kind="input", memory_items=["a" * 40, "b" * 40])
        assert check.run("question", context=ctx).passed

    @pytest.mark.parametrize(
        ("items", "needle"),
        [
            (["a"] * 4, "4 memory items; the limit is 3"),
            (["a" * 90, "b" * 90, "c" * 90], "270 memory chars; the limit is 200"),
            (["a" * 150], "1 memory item(s) over 100 chars"),
        ],
    )
    def test_it_flags_injected_memories_over_budget(self, check: MemoryBudgetCheck, items: list[str], needle: str) -> None:
        result = check.run("question", context=CheckContext(kind="input", memory_items=items))
        assert not result.passed
        assert needle in result.message

    def test_it_labels_over_long_items_by_index(self, check: MemoryBudgetCheck) -> None:
        result = check.run("q", context=CheckContext(kind="input", memory_items=["ok", "z" * 120]))
        assert [s.label for s in result.spans] == ["memory_items[1]:over_item_limit"]

    def test_it_rejects_a_soft_limit_above_the_hard_limit(self) -> None:
        with pytest.raises(PolicyError, match="soft_item_chars"):
            MemoryBudgetCheck({"soft_item_chars": 900, "max_item_chars": 600})


class TestMemoryBudgetSelect:
    def test_it_penalises_length(self) -> None:
        assert length_penalty(10, soft_chars=50, max_chars=100) == 1.0
        assert length_penalty(100, soft_chars=50, max_chars=100) == 0.5
        assert length_penalty(101, soft_chars=50, max_chars=100) == 0.0

    def test_it_prefers_short_memories_at_equal_relevance(self) -> None:
        items = ["long " * 30, "short one", "x" * 500]
        assert memory_budget_select(items, soft_item_chars=20, max_item_chars=200) == [1, 0]

    def test_it_keeps_within_count_and_total_budget(self) -> None:
        items = ["a" * 30, "b" * 30, "c" * 30, "d" * 30]
        chosen = memory_budget_select(items, relevance=[0.1, 0.9, 0.5, 0.8], max_items=3, max_total_chars=70)
        assert chosen == [1, 3]

    def test_it_requires_one_relevance_per_item(self) -> None:
        with pytest.raises(ValueError, match="one score per item"):
            memory_budget_select(["a", "b"], relevance=[1.0])
