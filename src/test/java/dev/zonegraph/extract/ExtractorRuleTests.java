package dev.zonegraph.extract;

import static dev.zonegraph.extract.ExtractorTests.propose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One genre rule each: a sentence or two in, the proposal it must give out. */
class ExtractorRuleTests {

    @Test
    void aZoneNamedAfterACityIsInThatCity() {
        Proposals p = propose("绵阳高新区召开一季度经济运行分析会。", EntityIndex.empty());
        var city = entity(p, "Region");
        assertThat(city.name()).isEqualTo("绵阳市");
        assertThat(city.aliases()).containsExactly("绵阳");
        assertThat(p.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo("IN_REGION");
            assertThat(r.to()).isEqualTo(city.id());
        });
    }

    @Test
    void aTimeWordBeforeAZoneIsNotPartOfItsName() {
        Proposals p = propose("四季度洛阳高新区将力争全年实现营业收入900亿元以上。", EntityIndex.empty());
        assertThat(p.entities()).filteredOn(e -> e.label().equals("Zone")).extracting(Proposals.Entity::name)
                .containsExactly("洛阳高新区");
        assertThat(p.indicators()).singleElement().satisfies(i -> {
            assertThat(i.period()).isEqualTo("全年");
            assertThat(i.kind()).isEqualTo("TARGET");
        });
    }

    @Test
    void aCompanyWithoutHeadWordLeadsItsFigureAcrossAPeriod() {
        Proposals p = propose("常州高新区前三季度工业产值增长9%。其中,天合光能前三季度营业收入超过500亿元,同比增长41%。",
                EntityIndex.empty());
        var company = entity(p, "Enterprise");
        assertThat(company.name()).isEqualTo("天合光能");
        assertThat(p.indicators()).filteredOn(i -> i.subject().equals(company.id())).singleElement()
                .satisfies(i -> {
                    assertThat(i.value()).isEqualTo(500.0);
                    assertThat(i.qualifier()).isEqualTo("超过");
                    assertThat(i.growth()).isEqualTo(41.0);
                    assertThat(i.period()).isEqualTo("前三季度");
                });
        assertThat(p.entities()).extracting(Proposals.Entity::name).doesNotContain("三季度");
    }

    @Test
    void aParagraphOpeningWithQiZhongKeepsThePeriodOfTheParagraphBefore() {
        Proposals p = propose("1至6月,宝鸡高新区实现营业收入820亿元,同比增长10%。\n"
                + "其中,宝鸡钛业股份有限公司实现营业收入42亿元,同比增长16%。", EntityIndex.empty());
        assertThat(p.indicators()).extracting(Proposals.Indicator::value, Proposals.Indicator::period)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(820.0, "1至6月"),
                        org.assertj.core.groups.Tuple.tuple(42.0, "1至6月"));
    }

    @Test
    void aParagraphOpeningWithCiCiKeepsTheEventsPeriodAndTheYearsInvestmentIsPlanned() {
        Proposals p = propose("本报讯 近日,洛阳高新区举行2022年5月项目集中开工仪式。\n此次集中开工项目8个,总投资36亿元,年度投资12亿元。",
                EntityIndex.empty());
        assertThat(p.indicators()).extracting(Proposals.Indicator::value, Proposals.Indicator::period,
                Proposals.Indicator::kind).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(8.0, "2022年5月", "ACTUAL"),
                        org.assertj.core.groups.Tuple.tuple(36.0, "2022年5月", "ACTUAL"),
                        org.assertj.core.groups.Tuple.tuple(12.0, "年度", "TARGET"));
    }

    @Test
    void anAuthoritysHeadTakesTheWordsBeforeItButLayoutIsNoBureau() {
        Proposals p = propose("宝鸡高新区疫情防控指挥部出台《企业复工复产指引》,全面优化产业布局。", EntityIndex.empty());
        assertThat(p.entities()).filteredOn(e -> e.label().equals("Organization")).extracting(Proposals.Entity::name)
                .containsExactly("宝鸡高新区疫情防控指挥部");
    }

    @Test
    void aTotalAfterAnIncreaseHasNoPeriodAndADayIsNoPeriod() {
        Proposals p = propose("今年以来,芜湖高新区新增高新技术企业30家,累计达到210家。", EntityIndex.empty());
        assertThat(p.indicators()).extracting(Proposals.Indicator::value, Proposals.Indicator::period)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(30.0, "今年以来"),
                        org.assertj.core.groups.Tuple.tuple(210.0, null));
        Proposals day = propose("芜湖高新区企业今年2月8日复工,800多名员工全部返岗。", EntityIndex.empty());
        assertThat(day.indicators()).singleElement().satisfies(i -> assertThat(i.period()).isNull());
    }

    @Test
    void aProjectInAParkIsNamedAndLocatedButProjectsCountedByKindAreNot() {
        Proposals p = propose("3月8日,宝鸡高新区新型显示产业园项目开工。该项目由陕西宏远电子有限公司投资建设,计划总投资20亿元。\n"
                + "宝鸡高新区现场签约智能制造项目8个。", EntityIndex.empty());
        var project = entity(p, "Project");
        assertThat(project.name()).isEqualTo("新型显示产业园项目");
        assertThat(project.props()).containsKey("investment");
        assertThat(p.entities()).filteredOn(e -> e.label().equals("Project")).hasSize(1);
        var investor = entity(p, "Enterprise");
        assertThat(relations(p, "LOCATED_IN")).extracting(Proposals.Relation::from).containsExactly(project.id());
        assertThat(relations(p, "INVESTS_IN")).extracting(Proposals.Relation::from).containsExactly(investor.id());
    }

    @Test
    void theInvestorWrittenBeforeTheProjectItBuilds() {
        Proposals p = propose("其中,由江苏恒达新材料股份有限公司投资建设的碳纤维复合材料项目,计划总投资12亿元。",
                EntityIndex.empty());
        var project = entity(p, "Project");
        assertThat(relations(p, "INVESTS_IN")).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo(entity(p, "Enterprise").id());
            assertThat(r.to()).isEqualTo(project.id());
        });
    }

    @Test
    void aCompanyNamedWithoutItsZoneInTheZonesNewsIsLocatedThere() {
        Proposals p = propose("绵阳高新区一季度工业产值增长12%。\n长虹电子股份有限公司一季度实现营业收入260亿元。",
                EntityIndex.empty());
        var company = entity(p, "Enterprise");
        assertThat(relations(p, "LOCATED_IN")).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo(company.id());
            assertThat(r.to()).isEqualTo(entity(p, "Zone").id());
            assertThat(r.evidence().quote()).startsWith("长虹电子股份有限公司");
        });
    }

    @Test
    void aMinistrysListNamesTheTitleAndTheCompanyAfterTheZoneReceivesIt() {
        Proposals p = propose("近日,工信部公布第三批服务型制造示范企业名单,绵阳高新区企业四川九洲电器集团有限责任公司成功入选。",
                EntityIndex.empty());
        var award = entity(p, "Award");
        assertThat(award.name()).isEqualTo("服务型制造示范企业");
        assertThat(award.aliases()).contains("服务型制造示范企业名单");
        assertThat(relations(p, "RECEIVED")).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo(entity(p, "Enterprise").id());
            assertThat(r.to()).isEqualTo(award.id());
        });
        assertThat(relations(p, "CONFERRED_BY")).singleElement()
                .satisfies(r -> assertThat(r.to()).isEqualTo(entity(p, "Organization").id()));
    }

    @Test
    void anIndustryThatDefinesAZoneIsTheZonesIndustryButAParkIsNot() {
        Proposals p = propose("新材料是常州高新区的支柱产业。常州高新区储能产业园开园。", EntityIndex.empty());
        var zone = entity(p, "Zone");
        assertThat(relations(p, "IN_INDUSTRY")).filteredOn(r -> r.from().equals(zone.id()))
                .extracting(r -> p.entities().stream().filter(e -> e.id().equals(r.to())).findFirst().orElseThrow()
                        .name())
                .containsExactly("新材料");
    }

    private static Proposals.Entity entity(Proposals p, String label) {
        return p.entities().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<Proposals.Relation> relations(Proposals p, String type) {
        return p.relations().stream().filter(r -> r.type().equals(type)).toList();
    }
}
