package dev.zonegraph.extract;

import static dev.zonegraph.extract.ExtractorTests.propose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One figure rule each: made-up sentences of the genre in, the indicators they must give out. */
class FigureRuleTests {

    @Test
    void aSpeakersFigureAboutWeIsHisCompanysAndAFollowOnFigureMeasuresTheSameThing() {
        Proposals p = propose("宝鸡高新区企业生产稳定。\n“今年以来,我们的整车日产能很快就达到800辆,随后便达到950辆。”"
                + "长城汽车股份有限公司总经理王强说。", EntityIndex.empty());
        var company = named(p, "长城汽车股份有限公司");
        assertThat(p.indicators()).extracting(Proposals.Indicator::subject, Proposals.Indicator::value,
                Proposals.Indicator::unit, Proposals.Indicator::period).containsExactly(
                        tuple(company.id(), 800.0, "辆/日", "今年以来"),
                        tuple(company.id(), 950.0, "辆/日", "随后"));
    }

    @Test
    void theYearsInvestmentKeepsItsPeriodToItselfAndAFirstTrancheOfMoneyIsNoPeriod() {
        Proposals p = propose("本报讯 近日,宝鸡高新区举行2022年6月项目集中开工仪式。\n"
                + "此次集中开工项目8个,总投资30亿元,年度投资9亿元,其中产业项目6个,总投资25亿元。\n"
                + "宝鸡高新区还在2022年初下达首批500万元人才奖励资金。", EntityIndex.empty());
        assertThat(p.indicators()).extracting(Proposals.Indicator::value, Proposals.Indicator::period).containsExactly(
                tuple(8.0, "2022年6月"), tuple(30.0, "2022年6月"), tuple(9.0, "年度"), tuple(6.0, "2022年6月"),
                tuple(25.0, "2022年6月"), tuple(500.0, "2022年初"));
        assertThat(p.indicators().get(5).metric()).isEqualTo("下达首批人才奖励资金");
    }

    @Test
    void theSetAStatementPicksFromIsStatedForNoPeriod() {
        Proposals p = propose("今年一季度,宝鸡高新区45家企业实现满产。在12家骨干企业中,多数企业订单饱满。", EntityIndex.empty());
        assertThat(p.indicators()).extracting(Proposals.Indicator::value, Proposals.Indicator::period)
                .containsExactly(tuple(45.0, "一季度"), tuple(12.0, null));
    }

    @Test
    void aRankingsScopeIsNotItsSubjectAndOneRankSharedByTwoMetricsGivesTwoFigures() {
        Proposals p = propose("其中宝鸡高新区8个品牌入选,占比宝鸡市第一。宝鸡高新区钛材和钛合金锻件产量均居全国第一。",
                EntityIndex.empty());
        var zone = named(p, "宝鸡高新区");
        assertThat(p.indicators()).filteredOn(i -> "名".equals(i.unit()))
                .extracting(Proposals.Indicator::subject, Proposals.Indicator::value, Proposals.Indicator::metric)
                .containsExactly(tuple(zone.id(), 1.0, "占比宝鸡市"), tuple(zone.id(), 1.0, "钛材锻件产量居全国"),
                        tuple(zone.id(), 1.0, "钛合金锻件产量居全国"));
    }

    @Test
    void numbersInsideQuotedNamesAndTheIndefiniteArticleAreNoFigures() {
        Proposals p = propose("宝鸡高新区明确提出“三个一流”目标,这是推进开放合作的一项重要举措。"
                + "“宝鸡钛谷检测服务试点”“陕西宝鸡知识产权快速维权试点”两个国家级试点获批创建。", EntityIndex.empty());
        var zone = named(p, "宝鸡高新区");
        assertThat(p.indicators()).singleElement().satisfies(i -> {
            assertThat(i.subject()).isEqualTo(zone.id());
            assertThat(i.value()).isEqualTo(2.0);
        });
    }

    @Test
    void aPartnerAfterYuOrYiTuoIsNotTheFiguresSubject() {
        Proposals p = propose("宝鸡高新区未来3年计划投资20亿元与宝钛集团共建3-5个中试平台。"
                + "同时,宝鸡高新区将依托宝钛集团等龙头企业建设研发平台,促进建设至少2个省级创新中心。", EntityIndex.empty());
        var zone = named(p, "宝鸡高新区");
        assertThat(p.indicators()).extracting(Proposals.Indicator::subject, Proposals.Indicator::value,
                Proposals.Indicator::qualifier, Proposals.Indicator::kind).containsExactly(
                        tuple(zone.id(), 20.0, null, "TARGET"), tuple(zone.id(), 3.0, "至少", "TARGET"),
                        tuple(zone.id(), 2.0, "至少", "TARGET"));
    }

    @Test
    void aGrowthTargetOfThisYearDoesNotJoinLastYearsMilestoneWhichRestatesTheExactFigure() {
        Proposals p = propose("2021年宝鸡高新区营业收入迈上1000亿元台阶,今年力争实现营业收入同比增长10%以上。\n"
                + "数据显示,2021年宝鸡高新区实现营业收入1003.5亿元,同比增长12%。", EntityIndex.empty());
        assertThat(p.indicators()).extracting(Proposals.Indicator::value, Proposals.Indicator::growth,
                Proposals.Indicator::qualifier, Proposals.Indicator::period, Proposals.Indicator::kind)
                .containsExactly(tuple(null, 10.0, "以上", "今年", "TARGET"),
                        tuple(1003.5, 12.0, null, "2021年", "ACTUAL"));
    }

    @Test
    void aCapacityInAProjectsNameIsThePropertyOfTheProjectNotAFigure() {
        Proposals p = propose("在新能源产业方面,宝鸡高新区以隆基集团15GW光伏组件项目为代表,加快智能化改造。", EntityIndex.empty());
        assertThat(p.indicators()).isEmpty();
        var project = p.entities().stream().filter(e -> e.label().equals("Project")).findFirst().orElseThrow();
        assertThat(project.props().get("capacity")).isInstanceOfSatisfying(java.util.Map.class, capacity -> {
            assertThat(capacity.get("value")).isEqualTo(15.0);
            assertThat(capacity.get("unit")).isEqualTo("GW");
        });
    }

    @Test
    void aMetricLeavesOutTheSubjectPeriodAndEarlierFiguresAndAListItemTakesTheListsVerb() {
        Proposals p = propose("截至目前,宝鸡高新区累计主导制定国家标准12项、行业标准30项。"
                + "今年前两个月,宝钛集团的钛材产值不仅没有下降,反而同比增长20%,达15亿元,并用一个月完成了超过3亿元的出口额。"
                + "宝鸡高新区还在2022年初下达首批500万元人才奖励资金,保障1200名企业员工返岗。", EntityIndex.empty());
        assertThat(p.indicators()).extracting(Proposals.Indicator::metric).containsExactly("累计主导制定国家标准",
                "累计主导制定行业标准", "钛材产值", "出口额", "下达首批人才奖励资金", "保障企业员工返岗");
    }

    @Test
    void aFallIsANegativeGrowthAndQualifiersRangesAndRanksTakeTheSeedVocabulary() {
        Proposals p = propose("今年1-5月,宝鸡高新区规上工业增加值同比下降3.2%,固定资产投资超50亿元,实际利用外资1.2亿元左右。"
                + "前5个月,宝鸡高新区新增市场主体不少于3000家,高新技术企业数量位列全省第2。", EntityIndex.empty());
        assertThat(p.indicators()).extracting(Proposals.Indicator::value, Proposals.Indicator::unit,
                Proposals.Indicator::qualifier, Proposals.Indicator::growth, Proposals.Indicator::period)
                .containsExactly(tuple(null, null, null, -3.2, "1-5月"), tuple(50.0, "亿元", "超过", null, "1-5月"),
                        tuple(1.2, "亿元", "约", null, "1-5月"), tuple(3000.0, "家", "至少", null, "前5个月"),
                        tuple(2.0, "名", null, null, "前5个月"));
    }

    @Test
    void whatAProjectIsExpectedToGiveOnceInProductionIsATarget() {
        Proposals p = propose("宝鸡高新区钛材深加工项目开工。该项目投产后,有望实现年产值20亿元。", EntityIndex.empty());
        assertThat(p.indicators()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("TARGET");
            assertThat(i.period()).isEqualTo("投产后");
        });
    }

    private static Proposals.Entity named(Proposals p, String name) {
        List<Proposals.Entity> found = p.entities().stream().filter(e -> e.name().equals(name)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
