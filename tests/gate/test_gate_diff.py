from evalhub.gate.diff import response_diff


def test_it_marks_replaced_words_and_keeps_the_rest() -> None:
    diff = response_diff("The museum opens at 9am on Sunday.", "The museum opens at 10am on Sunday.")
    assert ("delete", "9am") in diff and ("insert", "10am") in diff
    assert "".join(t for op, t in diff if op != "delete") == "The museum opens at 10am on Sunday."


def test_identical_replies_are_one_equal_run() -> None:
    assert response_diff("same words", "same words") == [("equal", "same words")]
