"""``corpus/tools/recode_gold.py``: recoding ``uncoded:<name>`` gold rows changes only their indicator, byte for byte,
and counts the rows by split without showing them (the held-out gold stays unread)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _tool():
    spec = importlib.util.spec_from_file_location("recode_gold", CORPUS / "tools" / "recode_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXT = (
    "text_id,line,source,indicator,entity,year,period_start,value,unit,qualifier,kind,quote,note\n"
    'a-1,3,text,uncoded:talent_total,无锡市,2020,,183,万人,gt,baseline,人才资源突破183万人,"note, with a comma"\n'
    "a-1,3,text,uncoded:high_level_talent,无锡市,2020,,14.05,万人,none,baseline,其中高层次人才14.05万人,\n"
    "b-1,7,text,uncoded:talent_total,天津市,2020,,300,万人,none,baseline,人才总量300万人,uncoded:talent_total in a note\n"
    "b-1,8,text,pop_resident,天津市,2020,,1386.6,万人,none,baseline,常住人口1386.6万人,\n"
)


def test_only_the_indicator_of_the_chosen_label_changes():
    recoded, counts = _tool().recode(TEXT, {"uncoded:talent_total": "talent_total"}, {"a-1": "dev", "b-1": "heldout"})
    before, after = TEXT.split("\n"), recoded.split("\n")
    assert after[1] == before[1].replace(",uncoded:talent_total,", ",talent_total,", 1)
    assert after[1].endswith('"note, with a comma"')
    assert after[3] == "b-1,7,text,talent_total,天津市,2020,,300,万人,none,baseline,人才总量300万人,uncoded:talent_total in a note"
    assert [after[i] for i in (0, 2, 4, 5)] == [before[i] for i in (0, 2, 4, 5)]  # the other label and rows untouched
    assert counts == {("uncoded:talent_total", "dev"): 1, ("uncoded:talent_total", "heldout"): 1}
