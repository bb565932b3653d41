

def test_values_in_messages_are_cut_short() -> None:
    from lumbar_coach.core.fields import shown
    assert shown("abc") == "'abc'"
    long = shown([{"key": "x" * 500}])
    assert len(long) == 60 and long.endswith("…")
