package dev.zonegraph.extract;

import static dev.zonegraph.extract.ExtractorTests.propose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One genre rule for relationships each: a made-up sentence or two in, the relationships it must (not) give out. */
class RelationRuleTests {

    @Test
    void aSiteNamedAfterACompanyIsPartOfIt() {
        Proposals p = propose("鑫达电器、恒远科技等重点企业产值增长。鑫达电器二厂满负荷运转。", EntityIndex.empty());
        assertThat(pairs(p, "PART_OF")).containsExactly("鑫达电器二厂>鑫达电器");
    }

    @Test
    void theInvestorOfAProjectIsNotPlacedByTheProjectsSentence() {
        Proposals p = propose("芜湖高新区新型显示产业园项目开工,是由江苏恒达新材料股份有限公司投资建设。", EntityIndex.empty());
        assertThat(pairs(p, "INVESTS_IN")).containsExactly("江苏恒达新材料股份有限公司>新型显示产业园项目");
        assertThat(pairs(p, "LOCATED_IN")).containsExactly("新型显示产业园项目>芜湖高新区");
    }

    @Test
    void theLeaderOfASectorsSentenceAndOfItsChainsIsInThoseIndustries() {
        Proposals p = propose("在新能源产业方面,以恒远科技为龙头的光伏、储能产业链加快成型。", EntityIndex.empty());
        assertThat(pairs(p, "IN_INDUSTRY")).containsExactlyInAnyOrder("恒远科技>新能源", "恒远科技>光伏", "恒远科技>储能");
    }

    @Test
    void aCompanysOutputInAnIndustryPutsItThere() {
        Proposals p = propose("一季度,江苏恒达新材料股份有限公司在芜湖高新区的新能源汽车产值同比增长40%。", EntityIndex.empty());
        assertThat(pairs(p, "IN_INDUSTRY")).containsExactlyInAnyOrder("江苏恒达新材料股份有限公司>新能源汽车",
                "江苏恒达新材料股份有限公司>新材料");
    }

    @Test
    void aProvincesBodiesAreInItAndOwnTheBrandTheyBuilt() {
        Proposals p = propose("“赣出精品”是江西省委、省政府打造的区域公共品牌。江西省发布首批“赣出精品”品牌名单。", EntityIndex.empty());
        assertThat(pairs(p, "IN_REGION")).containsExactlyInAnyOrder("江西省委>江西省", "江西省政府>江西省");
        assertThat(pairs(p, "OWNED_BY")).containsExactlyInAnyOrder("赣出精品>江西省委", "赣出精品>江西省政府");
    }

    @Test
    void aBodyATitleIsNamedAfterHoldsIt() {
        Proposals p = propose("“南宁高新区法院多元解纷标准化试点”获批创建。", EntityIndex.empty());
        assertThat(pairs(p, "RECEIVED")).containsExactly("南宁高新区法院>南宁高新区法院多元解纷标准化试点");
    }

    @Test
    void theCompaniesOfAListClosedByATitleHoldIt() {
        Proposals p = propose("依托合肥工业大学等高校、鑫达电器等专精特新企业建设创新平台。", EntityIndex.empty());
        assertThat(pairs(p, "RECEIVED")).containsExactly("鑫达电器>专精特新企业");
    }

    @Test
    void policiesTitledOneAfterAnotherShareTheirIssuer() {
        Proposals p = propose("南昌高新区先后出台《南昌高新区关于加快建设国家级创新型产业集群的实施方案》《南昌高新区促进数字经济高质量发展的若干措施》"
                + "《关于支持企业科技创新的若干政策规定》等系列政策。", EntityIndex.empty());
        assertThat(pairs(p, "ISSUED_BY")).hasSize(3).allSatisfy(pair -> assertThat(pair).endsWith(">南昌高新区"));
    }

    @Test
    void aVerbWithItsOwnTitleDoesNotReceiveTheListBeforeIt() {
        Proposals p = propose("国家版权局公布全国版权示范单位和示范园区(基地)名单,南昌高新区企业江西鑫达软件有限公司荣获“全国版权示范单位”称号。",
                EntityIndex.empty());
        assertThat(pairs(p, "RECEIVED")).containsExactly("江西鑫达软件有限公司>全国版权示范单位");
    }

    /** The relationships of a type as from>to names. */
    private static List<String> pairs(Proposals p, String type) {
        return p.relations().stream().filter(r -> r.type().equals(type)).map(r -> name(p, r.from()) + ">"
                + name(p, r.to())).toList();
    }

    private static String name(Proposals p, String id) {
        return p.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().name();
    }
}
