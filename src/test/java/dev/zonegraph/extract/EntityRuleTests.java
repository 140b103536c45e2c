package dev.zonegraph.extract;

import static dev.zonegraph.extract.ExtractorTests.propose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One genre rule for names each: a made-up sentence or two in, the entities it must (not) give out. */
class EntityRuleTests {

    @Test
    void aSituationOrAStartIsNoBureauAndACompanysTechnologyCentreIsNoName() {
        Proposals p = propose("芜湖高新区开创高质量发展新局面,实现“十四五”良好开局。区内拥有企业技术中心12家、量子信息国家重点实验室1家。",
                EntityIndex.empty());
        assertThat(names(p, "Organization")).containsExactly("量子信息国家重点实验室");
    }

    @Test
    void aZoneNameStopsAtTheVerbThatPlacesSomethingInIt() {
        Proposals p = propose("新落户的恒远光电科技有限公司位于芜湖高新区,东方精工集团总部位于宜兴高新区。", EntityIndex.empty());
        assertThat(names(p, "Zone")).containsExactlyInAnyOrder("芜湖高新区", "宜兴高新区");
    }

    @Test
    void aSiteKeepsItsCapacityAndLeavesTheCompanyBeforeIt() {
        Proposals p = propose("鑫达电器、恒远科技等重点企业产值稳步增长。鑫达电器年产50万台压缩机智能工厂满负荷运转。",
                EntityIndex.empty());
        assertThat(names(p, "Enterprise")).containsExactlyInAnyOrder("鑫达电器", "恒远科技", "年产50万台压缩机智能工厂");
        assertThat(names(propose("芜湖高新区建设绿色工厂和绿色园区。", EntityIndex.empty()), "Enterprise")).isEmpty();
    }

    @Test
    void aCountedCoinedProgrammeAndAWayOfRegulatingArePolicies() {
        Proposals p = propose("株洲高新区提出聚力“四大攻坚”,明确“三个率先”发展定位,全面推行“双随机、一公开”监管和“互联网+监管”。",
                EntityIndex.empty());
        assertThat(names(p, "Policy")).containsExactlyInAnyOrder("四大攻坚", "三个率先", "双随机、一公开", "互联网+监管");
        assertThat(entity(p, "三个率先").props()).containsEntry("kind", "发展定位");
        assertThat(entity(p, "互联网+监管").props()).containsEntry("kind", "监管方式");
    }

    @Test
    void quotedPilotsSideBySideAreTitlesAndTheirCountIsNoProject() {
        Proposals p = propose("“恒远科技智能制造标准化试点”“南宁高新区法院多元解纷标准化试点”两个省级标准化项目获批。",
                EntityIndex.empty());
        assertThat(names(p, "Award")).containsExactlyInAnyOrder("恒远科技智能制造标准化试点", "南宁高新区法院多元解纷标准化试点");
        assertThat(names(p, "Project")).isEmpty();
    }

    @Test
    void aDesignationStartsAfterWhoApprovedIt() {
        Proposals p = propose("作为全省首个经国务院批准的科技金融改革“试验田”,芜湖高新区不断创新。", EntityIndex.empty());
        assertThat(names(p, "Award")).containsExactly("科技金融改革“试验田”");
    }

    @Test
    void companiesListedAsSpecialisedAndInnovativeHoldThatTitle() {
        Proposals p = propose("依托合肥工业大学等高校、鑫达电器等专精特新企业建设创新平台。", EntityIndex.empty());
        assertThat(names(p, "Enterprise")).containsExactly("鑫达电器");
        assertThat(entity(p, "专精特新企业").props()).containsEntry("category", "TITLE");
    }

    @Test
    void anIndustryWrittenWithAModifierInsideButNotATechnologyNorAListsLastKind() {
        assertThat(names(propose("洛阳高新区汽车核心零部件产业持续壮大。", EntityIndex.empty()), "Industry"))
                .containsExactly("汽车零部件");
        assertThat(names(propose("企业在大数据、人工智能技术助力下加快转型。", EntityIndex.empty()), "Industry")).isEmpty();
        assertThat(names(propose("该区承担着科技创新、开放枢纽、新兴产业集聚等功能。", EntityIndex.empty()), "Industry"))
                .isEmpty();
        assertThat(names(propose("国家版权局公布全国版权示范单位(软件正版化)名单。", EntityIndex.empty()), "Industry"))
                .isEmpty();
    }

    @Test
    void theOtherOfTwoNamesBesideAKnownCompanyIsACompany() {
        Proposals p = propose("除了鑫达电器和恒远科技,区内还有多家企业复工。以鑫达电器为龙头的家电产业快速发展。",
                EntityIndex.empty());
        assertThat(names(p, "Enterprise")).containsExactlyInAnyOrder("鑫达电器", "恒远科技");
    }

    @Test
    void aBodyWrittenElliptically() {
        Proposals p = propose("“赣出精品”是江西省委、省政府打造的区域公共品牌。南昌高新区持续推进“赣出精品”战略实施。",
                EntityIndex.empty());
        assertThat(names(p, "Organization")).containsExactlyInAnyOrder("江西省委", "江西省政府");
        assertThat(entity(p, "江西省政府").aliases()).containsExactly("省政府");
        assertThat(names(p, "Brand")).containsExactly("赣出精品");
        assertThat(names(p, "Policy")).isEmpty();
    }

    @Test
    void aListAndItsBatchAreOneTitle() {
        Proposals p = propose("南昌高新区3个品牌上榜“赣出精品”品牌第二批名单。江西省发布第二批120家“赣出精品”品牌名单。",
                EntityIndex.empty());
        assertThat(p.entities()).filteredOn(e -> e.label().equals("Award")).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("“赣出精品”品牌第二批名单"));
    }

    static List<String> names(Proposals p, String label) {
        return p.entities().stream().filter(e -> e.label().equals(label)).map(Proposals.Entity::name).toList();
    }

    static Proposals.Entity entity(Proposals p, String name) {
        return p.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
