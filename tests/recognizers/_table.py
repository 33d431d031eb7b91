"""The one assertion every recognizer table uses."""


def spans_of(found, rule):
    return [span for r, span in found if r == rule]
