"""Generator of the not-levels stress test (issue #19 part 3; test support, not package code).

Sentences in the style of Chinese plans and press reports that put a number next to a population, urbanisation or
health indicator word where the number is **not** a level of the plan's place: money, areas, counts of other things,
growth of something else, changes and flows, document numbers and dates, ranks and ages, another place's figure, a
sub-area, a standard's threshold, a share of a sub-group, another plan's target, a survey's sample, a telephone
number, page furniture. Each case names the distractor (the number that must not be read as a level of the place)
and, where the codebook has the right other indicator or the figure belongs to another place, what may be read.

Each template is written once with ``{S}`` for the place's own scope word (全市 / 全省) and expanded for a prefecture
and a province, so a rule that only works at one level shows up."""

from __future__ import annotations

from dataclasses import dataclass

#: The two plans the templates are expanded for: (place, scope word, title).
PLACES = (
    ("合肥市", "全市", "合肥市人口发展规划（2016—2030年）"),
    ("安徽省", "全省", "安徽省人口发展规划（2016—2030年）"),
)


@dataclass(frozen=True)
class Case:
    category: str
    place: str
    text: str
    distractor: str  #: the number as printed (e.g. "3.55"); no row of the place may carry it
    #: indicators the distractor may legitimately be read as for the place (the codebook has it, e.g. pop_density);
    #: a row of another place (中国, 长三角…) is never a false value of this plan
    allowed: tuple[str, ...] = ()
    #: a reason the case is ambiguous in Chinese (xfail), or ""
    ambiguous: str = ""

    number: int = 0  #: the template's position in TEMPLATES

    @property
    def id(self) -> str:
        return f"{self.category}-{self.number:02d}-{self.place}"


# (category, sentence with {S}, distractor, allowed indicators, ambiguity reason)
TEMPLATES: tuple[tuple[str, str, str, tuple[str, ...], str], ...] = (
    # GDP and money
    ("money", "到2020年，{S}常住人口达到450万人，地区生产总值达到3.55万亿元。", "3.55", (), ""),
    ("money", "到2020年，常住人口城镇化率稳步提高，人均GDP达到1.2万美元。", "1.2", (), ""),
    ("money", "到2020年，{S}常住人口人均地区生产总值达到8.7万元。", "8.7", (), ""),
    ("money", "2015年，{S}户籍人口人均可支配收入3.9万元，城镇人口持续增加。", "3.9", (), ""),
    ("money", "“十三五”期间，{S}投入人口发展专项资金2.8亿元，惠及常住人口。", "2.8", (), ""),
    ("money", "到2020年，城镇人口人均住房公积金缴存额达到6800元。", "6800", (), ""),
    # areas
    ("area", "到2020年，{S}城镇人口集中在1260平方公里的建成区内。", "1260", (), ""),
    ("area", "到2020年，{S}常住人口达到450万人，建设用地控制在138平方公里以内。", "138", (), ""),
    ("area", "到2020年，新增城镇人口用地控制在2.5万亩以内。", "2.5", (), ""),
    ("area", "到2020年，城镇人口人均建设用地控制在95平方米以内。", "95", (), ""),
    ("area", "到2020年，{S}城镇化率稳步提高，耕地保有量不低于860万公顷。", "860", (), ""),
    # densities (the codebook has pop_density: the right other indicator)
    ("density", "2015年，{S}常住人口密度为658人/平方公里。", "658", ("pop_density",), ""),
    ("density", "到2020年，中心城区人口密度控制在每平方公里1.1万人以内。", "1.1", ("pop_density",), ""),
    ("density", "2015年，{S}人口密度达到每平方公里487人，城镇人口高度集中。", "487", ("pop_density",), ""),
    # counts of other things
    ("counts", "到2020年，为新增常住人口配套建设综合医院15所。", "15", (), ""),
    ("counts", "到2020年，为新增城镇人口建设保障性住房8.2万套。", "8.2", (), ""),
    ("counts", "到2020年，{S}老年人口养老床位达到3.2万张。", "3.2", (), ""),
    ("counts", "到2020年，新建中小学校48所，满足学龄人口入学需要。", "48", (), ""),
    ("counts", "“十三五”期间，{S}城镇新增就业岗位30万个，吸纳农业转移人口。", "30", (), ""),
    ("counts", "“十三五”期间，{S}城镇新增就业45万人，农村人口有序转移。", "45", (), ""),
    ("counts", "“十三五”期间，{S}开展农村劳动力转移培训12万人次。", "12", (), ""),
    ("counts", "“十三五”期间，{S}实施人口均衡发展重点项目36个。", "36", (), ""),
    ("counts", "到2020年，{S}建成托育机构260家，婴幼儿人口照护服务全覆盖。", "260", (), ""),
    # growth of something else
    ("growth", "到2020年，{S}地区生产总值年均增长7.5%，常住人口稳步增长。", "7.5", (), ""),
    ("growth", "“十三五”期间，{S}城镇居民收入年均增长8.2%，城镇人口比重持续上升。", "8.2", (), ""),
    ("growth", "2015年，{S}常住人口增长与经济增长9.1%相协调。", "9.1", (), ""),
    ("growth", "到2020年，{S}财政教育支出增长6.3%，保障学龄人口受教育权利。", "6.3", (), ""),
    # changes and flows
    ("flows", "2016年，{S}常住人口净增35.6万人。", "35.6", (), ""),
    ("flows", "2016年，{S}户籍人口比上年减少2.3万人。", "2.3", (), ""),
    ("flows", "“十三五”期间，{S}累计转移农业人口85万人。", "85", (), ""),
    ("flows", "2016年，{S}为流动人口提供计生服务120万人次。", "120", (), ""),
    ("flows", "2016年，{S}城镇人口增加了17.4万人。", "17.4", (), ""),
    # document numbers and dates
    ("documents", "根据《国务院关于印发国家人口发展规划（2016—2030年）的通知》（国发〔2016〕87号），{S}常住人口稳步增长。", "87", (), ""),
    ("documents", "{S}人口发展规划于2017年3月12日印发，常住人口城镇化率稳步提高。", "12", (), ""),
    ("documents", "根据皖政〔2017〕56号文件，到2020年{S}户籍人口城镇化率稳步提高。", "56", (), ""),
    ("documents", "2016年12月30日，{S}召开人口发展工作会议，常住人口城镇化率稳步提高。", "30", (), ""),
    # ranks and ages
    ("ranks_ages", "2015年，{S}常住人口总量居全国第8位。", "8", (), ""),
    ("ranks_ages", "到2020年，{S}60岁以上老年人口比重持续上升。", "60", (), ""),
    ("ranks_ages", "到2020年，{S}15—64岁劳动年龄人口总量开始下降。", "64", (), ""),
    ("ranks_ages", "到2020年，{S}65周岁及以上人口比重继续提高。", "65", (), ""),
    ("ranks_ages", "2015年，{S}城镇化率在长三角城市中排名第5。", "5", (), ""),
    # per-100k (or per-10k) counts of other things
    ("per_capita", "到2020年，{S}每10万人口拥有律师12名。", "12", (), ""),
    ("per_capita", "到2020年，{S}每万人口拥有公共文化设施面积达到1800平方米。", "1800", (), ""),
    ("per_capita", "到2020年，{S}每万名老年人口拥有社会工作者5人。", "5", (), ""),
    # another place's figure (read with its own place or not at all, never the plan's place)
    ("other_place", "2015年，全国常住人口城镇化率为56.1%，{S}城镇化水平仍然偏低。", "56.1", (), ""),
    ("other_place", "发达国家城镇化率普遍在80%以上，{S}城镇化发展空间较大。", "80", (), ""),
    ("other_place", "2015年，长三角地区常住人口城镇化率达到68.2%。", "68.2", (), ""),
    ("other_place", "目前，全国总人口已达13.7亿人，{S}人口总量持续增长。", "13.7", (), ""),
    ("other_place", "2015年，全国人均预期寿命为76.3岁，{S}人民健康水平不断提高。", "76.3", (), ""),
    # sub-areas
    ("sub_area", "到2020年，滨湖新区常住人口达到52万人。", "52", (), ""),
    ("sub_area", "到2020年，经济技术开发区常住人口达到31万人。", "31", (), ""),
    ("sub_area", "到2020年，中心城区常住人口达到380万人。", "380", ("pop_central_urban",), ""),
    ("sub_area", "到2020年，高新技术产业开发区城镇化率达到95%。", "95", (), ""),
    # thresholds of standards
    ("standard", "按照国际标准，65岁及以上人口占总人口比重超过7%即进入老龄化社会。", "7", (), ""),
    ("standard", "按照联合国标准，60岁以上人口占比超过10%即为老龄化社会，{S}已进入老龄化社会。", "10", (), ""),
    ("standard", "国际上通常认为，65岁及以上人口比重达到14%为深度老龄化社会。", "14", (), ""),
    # a share of a sub-group
    ("subgroup", "2015年，{S}农村人口中老年人口占比达到22.4%。", "22.4", (), ""),
    ("subgroup", "2015年，{S}流动人口中女性占52.3%。", "52.3", (), ""),
    ("subgroup", "2015年，{S}流动人口中已婚育龄妇女占64.5%。", "64.5", (), ""),
    ("subgroup", "2015年，{S}老年人口中空巢老人比例达到41.7%。", "41.7", (), ""),
    # another plan's target quoted
    ("quoted_target", "国家要求到2020年常住人口城镇化率达到60%左右，{S}将积极推进新型城镇化。", "60", (), ""),
    ("quoted_target", "《国家人口发展规划（2016—2030年）》提出，到2030年全国总人口达到14.5亿人左右。", "14.5", (), ""),
    ("quoted_target", "《“健康中国2030”规划纲要》提出，到2030年全国人均预期寿命达到79岁。", "79", (), ""),
    # survey sample sizes
    ("survey", "本次人口抽样调查共抽取{S}常住人口样本1.2万人。", "1.2", (), ""),
    ("survey", "2015年1%人口抽样调查在{S}抽取样本3600户。", "3600", (), ""),
    ("survey", "流动人口动态监测调查共访问流动人口2000人。", "2000", (), ""),
    # telephone numbers
    ("phone", "{S}人口计生服务热线12356，为常住人口提供咨询服务。", "12356", (), ""),
    ("phone", "流动人口服务咨询电话：0551-62345678。", "62345678", (), ""),
    ("phone", "常住人口登记服务电话0551—12345。", "12345", (), ""),
    # page furniture
    ("furniture", "{S}人口发展规划解读\n阅读 1234\n常住人口城镇化率稳步提高。", "1234", (), ""),
    ("furniture", "{S}城镇人口持续增长\n点赞 56 收藏 8", "56", (), ""),
    ("furniture", "浏览次数：2345 常住人口发展情况", "2345", (), ""),
    # second wordings, written after the fixes to check that the rules are general (not counted in "before")
    ("per_capita", "到2025年，{S}每千名老年人口拥有养老护理员8人。", "8", (), ""),
    ("subgroup", "2020年，{S}外来人口中青壮年占比达到71.3%。", "71.3", (), ""),
    ("subgroup", "2020年，{S}残疾人中持证就业比例为38.5%。", "38.5", (), ""),
    ("survey", "调查共抽取流动人口样本量4500人，其中男性占53%。", "4500", (), ""),
    ("counts", "到2025年，{S}新建公共租赁住房2.6万套，解决新市民和常住人口住房困难。", "2.6", (), ""),
    ("density", "到2025年，{S}城镇人口集中区人口密度不超过每平方公里8000人。", "8000", ("pop_density",), ""),
    ("other_place", "京津冀地区常住人口城镇化率达到66.7%。", "66.7", (), ""),
    ("quoted_target", "国家明确到2025年常住人口城镇化率提高到65%。", "65", (), ""),
    ("standard", "按照世界卫生组织标准，65岁以上人口比例超过20%即为超老龄社会。", "20", (), ""),
    # counts of a group inside a population, found by probing after the first fixes
    ("subgroup", "2015年，{S}60岁以上老年人口中失能半失能老人约12万人。", "12", (), ""),
    ("subgroup", "2015年，{S}城镇人口中农业转移人口约80万人。", "80", (), ""),
)
#: Templates from here on were written after the fixes (the "second wordings").
FIRST_WORDINGS = 72


#: Templates whose cases the extractor still reads as a level (open failures, xfail strict: a fix flips them to XPASS
#: and must take them out of this set).
OPEN: frozenset[int] = frozenset()


def cases() -> list[Case]:
    out = []
    for number, (category, template, distractor, allowed, ambiguous) in enumerate(TEMPLATES):
        for place, scope, title in PLACES:
            text = title + "\n" + template.format(S=scope)
            out.append(Case(category, place, text, distractor, allowed, ambiguous, number))
    return out
