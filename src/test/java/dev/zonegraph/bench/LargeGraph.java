package dev.zonegraph.bench;

import dev.zonegraph.graph.SchemaInstaller;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * A large synthetic graph in the seed's vocabulary, the same for the same size and seed: the 31 provinces of mainland
 * China with their capitals (GB/T 2260), synthetic cities up to 330, 178 NATIONAL and 300 PROVINCIAL zones, N
 * enterprises spread over the zones Zipf-like, awards of every level conferred by ministries and provincial and city
 * governments, policies, projects (about 5% of N), indicators (per zone 3 years x 2 metrics, per enterprise 2 years x
 * 产值), industries, and one synthetic article per zone and year: every node is MENTIONED_IN an article and every
 * relationship carries {@code source} and {@code quote}.
 *
 * <p>Generation streams: the skeleton (regions, zones, awards, policies, articles ...) comes first, then the
 * enterprises in chunks, each chunk from its own random stream, so memory stays flat whatever N. Writing goes through
 * the driver in write transactions of up to {@link #BATCH} rows, one static label or relationship type per statement
 * ({@code UNWIND $rows AS row CREATE (n:Label) SET n = row}).
 */
public final class LargeGraph {

    /** Bump when the generated graph changes, so that stored benchmark databases are regenerated. */
    public static final int GENERATOR_VERSION = 1;

    static final int CITIES = 330;
    static final int NATIONAL_ZONES = 178;
    static final int PROVINCIAL_ZONES = 300;
    static final int[] ZONE_YEARS = {2021, 2022, 2023};
    static final int[] ENTERPRISE_YEARS = {2022, 2023};
    static final int BATCH = 10_000;
    static final int CHUNK = 5_000;
    static final String REFERENCE = "GB/T 2260";
    static final String SYNTHETIC = "synthetic";

    private final int enterprises;
    private final long seed;

    public LargeGraph(int enterprises, long seed) {
        if (enterprises < 1) {
            throw new IllegalArgumentException("enterprises must be at least 1, not " + enterprises);
        }
        this.enterprises = enterprises;
        this.seed = seed;
    }

    public int enterprises() {
        return enterprises;
    }

    public long seed() {
        return seed;
    }

    /** The id of the i-th enterprise (0-based). */
    public static String enterpriseId(int i) {
        return String.format(Locale.ROOT, "ent:%07d", i);
    }

    /** Receives generated rows, nodes before the relationships that use them. */
    public interface Sink {
        void nodes(String label, List<Map<String, Object>> rows);

        /** Rows of {from, to, source, quote}. */
        void relationships(String fromLabel, String type, String toLabel, List<Map<String, Object>> rows);
    }

    /** How many nodes and relationships the graph has. */
    public record Size(long nodes, long relationships) {
        public long elements() {
            return nodes + relationships;
        }
    }

    /** What an import wrote and how long it took. */
    public record ImportResult(long nodes, long relationships, long millis) {
        public long elements() {
            return nodes + relationships;
        }

        public double elementsPerSecond() {
            return millis == 0 ? 0 : elements() * 1000.0 / millis;
        }
    }

    /** Counts the graph without writing it (a dry run of the generator). */
    public Size size() {
        long[] counts = new long[2];
        generate(new Sink() {
            @Override
            public void nodes(String label, List<Map<String, Object>> rows) {
                counts[0] += rows.size();
            }

            @Override
            public void relationships(String fromLabel, String type, String toLabel, List<Map<String, Object>> rows) {
                counts[1] += rows.size();
            }
        });
        return new Size(counts[0], counts[1]);
    }

    /**
     * Applies the schema (constraints first: relationship batches match on label and id), then writes the whole graph
     * through {@code driver}, printing a progress bar with the import rate on {@code out}.
     */
    public ImportResult importInto(Driver driver, SessionConfig sessionConfig, SchemaInstaller schema, PrintStream out) {
        long started = System.nanoTime();
        schema.install();
        Size expected = size();
        var progress = new Progress(out, expected.elements(), started);
        long[] written = new long[2];
        try (var session = driver.session(sessionConfig)) {
            generate(new Sink() {
                @Override
                public void nodes(String label, List<Map<String, Object>> rows) {
                    String cypher = "UNWIND $rows AS row CREATE (n:`" + label + "`) SET n = row";
                    int created = session.executeWrite(tx -> tx.run(cypher, Map.of("rows", rows)).consume())
                            .counters().nodesCreated();
                    check(created, rows.size(), label + " nodes");
                    written[0] += created;
                    progress.advance(created);
                }

                @Override
                public void relationships(String fromLabel, String type, String toLabel, List<Map<String, Object>> rows) {
                    String cypher = "UNWIND $rows AS row MATCH (a:`" + fromLabel + "` {id: row.from}) MATCH (b:`"
                            + toLabel + "` {id: row.to}) CREATE (a)-[r:`" + type
                            + "`]->(b) SET r.source = row.source, r.quote = row.quote";
                    int created = session.executeWrite(tx -> tx.run(cypher, Map.of("rows", rows)).consume())
                            .counters().relationshipsCreated();
                    check(created, rows.size(), fromLabel + "-" + type + "->" + toLabel + " relationships");
                    written[1] += created;
                    progress.advance(created);
                }
            });
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        progress.done();
        var result = new ImportResult(written[0], written[1], millis);
        out.printf(Locale.ROOT, "Imported %,d nodes and %,d relationships in %.1f s (%,.0f elements/s, schema included)%n",
                result.nodes(), result.relationships(), millis / 1000.0, result.elementsPerSecond());
        return result;
    }

    private static void check(int created, int expected, String what) {
        if (created != expected) {
            throw new IllegalStateException("import wrote " + created + " of " + expected + " " + what
                    + " (an endpoint was missing)");
        }
    }

    /** A one-line progress bar redrawn with a carriage return, at most five times a second. */
    private static final class Progress {
        private final PrintStream out;
        private final long total;
        private final long started;
        private long done;
        private long lastPrint;

        Progress(PrintStream out, long total, long started) {
            this.out = out;
            this.total = Math.max(total, 1);
            this.started = started;
        }

        void advance(long n) {
            done += n;
            long now = System.nanoTime();
            if (now - lastPrint > 200_000_000L || done >= total) {
                lastPrint = now;
                print(now);
            }
        }

        void done() {
            print(System.nanoTime());
            out.println();
        }

        private void print(long now) {
            double fraction = Math.min(1.0, (double) done / total);
            int width = 30;
            int filled = (int) Math.round(fraction * width);
            double seconds = Math.max((now - started) / 1e9, 1e-9);
            out.printf(Locale.ROOT, "\rimport [%s%s] %3.0f%%  %,d/%,d elements  %,.0f elements/s  %.1f s",
                    "#".repeat(filled), "-".repeat(width - filled), fraction * 100, done, total, done / seconds,
                    seconds);
            out.flush();
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Generation

    private record Industry(String id, String name, List<String> cores) {
    }

    private static final List<Industry> INDUSTRIES = List.of(
            new Industry("industry:ic", "集成电路", List.of("芯", "微电子", "半导体")),
            new Industry("industry:ai", "人工智能", List.of("智能", "智算", "机器人")),
            new Industry("industry:software", "软件和信息服务", List.of("软件", "数据", "信息")),
            new Industry("industry:electronics", "电子信息", List.of("电子", "光电", "通信")),
            new Industry("industry:biomedicine", "生物医药", List.of("生物", "医药", "制药")),
            new Industry("industry:medical-devices", "医疗器械", List.of("医疗", "医械")),
            new Industry("industry:new-energy", "新能源", List.of("能源", "光伏", "储能")),
            new Industry("industry:new-energy-vehicles", "新能源汽车", List.of("汽车", "动力", "电驱")),
            new Industry("industry:new-materials", "新材料", List.of("新材", "材料", "碳材")),
            new Industry("industry:equipment-manufacturing", "高端装备制造", List.of("装备", "精机", "重工")),
            new Industry("industry:aerospace", "航空航天", List.of("航空", "航天", "卫星")),
            new Industry("industry:environmental", "节能环保", List.of("环保", "节能", "环境")),
            new Industry("industry:rare-earth", "稀土", List.of("稀土", "磁材")),
            new Industry("industry:nonferrous-metals", "有色金属", List.of("铝业", "铜业", "金属")),
            new Industry("industry:chemicals", "化工", List.of("化工", "化学")),
            new Industry("industry:food", "食品", List.of("食品", "乳业")),
            new Industry("industry:textiles", "纺织服装", List.of("纺织", "服饰")),
            new Industry("industry:digital-creative", "数字创意", List.of("数字", "文创", "传媒")),
            new Industry("industry:modern-agriculture", "现代农业", List.of("农业", "种业")),
            new Industry("industry:logistics", "现代物流", List.of("物流", "供应链")),
            new Industry("industry:photonics", "光电子", List.of("光学", "激光")),
            new Industry("industry:smart-manufacturing", "智能制造", List.of("智造", "自动化")));

    private static final String NAME_CHARS = "华瑞恒信达通宏鑫泰盛源博创智联中天新海金正德嘉凯鼎昊拓远佳晶睿航安光辉腾飞云星英润欣宇明锐祥和启思诚汇捷邦力美迈普";
    private static final String CITY_CHARS = "安宁平阳山江兴华东西南北云泉昌德丰临清海湖河州城林石峰庆长阜宜滨溪川武康泰鹤岭";
    private static final String[] SITES = {"东部", "西部", "南部", "北部", "临港", "滨江", "高铁", "空港", "城南", "城北",
            "经开", "湖畔", "科学城", "未来城"};

    /** An award: NATIONAL ones have no scope; PROVINCIAL a province index; MUNICIPAL a city index. */
    private record Award(String id, String name, String level, int year, int scope) {
    }

    private record AwardName(String slug, String name, String category, String conferrer) {
    }

    private static final List<AwardName> NATIONAL_ENTERPRISE_AWARDS = List.of(
            new AwardName("little-giant", "专精特新“小巨人”企业", "TITLE", "org:miit"),
            new AwardName("innovation-demonstration", "国家技术创新示范企业", "TITLE", "org:miit"),
            new AwardName("green-factory", "国家级绿色工厂", "LISTING", "org:miit"),
            new AwardName("single-champion", "制造业单项冠军企业", "TITLE", "org:miit"),
            new AwardName("technology-center", "国家企业技术中心", "DESIGNATION", "org:ndrc"));
    private static final List<AwardName> NATIONAL_ZONE_AWARDS = List.of(
            new AwardName("green-industrial-park", "国家级绿色工业园区", "TITLE", "org:miit"),
            new AwardName("innovative-cluster", "国家创新型产业集群", "DESIGNATION", "org:most"),
            new AwardName("industrialization-base", "国家新型工业化产业示范基地", "DESIGNATION", "org:miit"),
            new AwardName("ip-demonstration-park", "国家知识产权示范园区", "TITLE", "org:cnipa"));
    private static final List<AwardName> PROVINCIAL_ENTERPRISE_AWARDS = List.of(
            new AwardName("specialised-sme", "专精特新中小企业", "TITLE", "miit"),
            new AwardName("technology-center", "省级企业技术中心", "DESIGNATION", "miit"),
            new AwardName("gazelle", "瞪羚企业", "TITLE", "gov"),
            new AwardName("green-factory", "省级绿色工厂", "LISTING", "miit"));
    private static final List<AwardName> PROVINCIAL_ZONE_AWARDS = List.of(
            new AwardName("demonstration-park", "省级示范园区", "TITLE", "gov"));
    private static final List<AwardName> MUNICIPAL_ENTERPRISE_AWARDS = List.of(
            new AwardName("little-giant", "科技小巨人企业", "TITLE", "gov"),
            new AwardName("innovative-enterprise", "创新型企业", "TITLE", "gov"));

    private static final class City {
        final String id;
        final String name;
        final String base;
        final int province;
        final String govId;
        final List<Zone> zones = new ArrayList<>();

        City(String id, String name, String base, int province, String govId) {
            this.id = id;
            this.name = name;
            this.base = base;
            this.province = province;
            this.govId = govId;
        }
    }

    private static final class Zone {
        final String id;
        final String slug;
        final String name;
        final City city;
        final List<Industry> industries;
        final String[] articles = new String[ZONE_YEARS.length];

        Zone(String id, String slug, String name, City city, List<Industry> industries) {
            this.id = id;
            this.slug = slug;
            this.name = name;
            this.city = city;
            this.industries = industries;
        }

        String article(int year) {
            return articles[year - ZONE_YEARS[0]];
        }
    }

    /** The part of the graph every enterprise refers to; small, kept in memory while the enterprises stream. */
    private static final class Skeleton {
        final List<City> cities = new ArrayList<>();
        final List<Zone> zones = new ArrayList<>();
        double[] cumulativeWeights;
        final Map<Integer, List<Award>> nationalEnterpriseAwards = new LinkedHashMap<>();
        final Map<String, List<Award>> provincialEnterpriseAwards = new LinkedHashMap<>();
        final Map<String, List<Award>> municipalEnterpriseAwards = new LinkedHashMap<>();

        Zone sampleZone(SplittableRandom random) {
            int i = Arrays.binarySearch(cumulativeWeights, random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1]);
            return zones.get(Math.min(i < 0 ? -i - 1 : i, zones.size() - 1));
        }
    }

    /** Buffers rows and hands them to the sink: node batches when full, relationships only on {@link #flush()}. */
    private static final class Out {
        final Sink sink;
        final Map<String, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
        final Map<List<String>, List<Map<String, Object>>> relationships = new LinkedHashMap<>();

        Out(Sink sink) {
            this.sink = sink;
        }

        Map<String, Object> node(String label, String id, String name, List<String> aliases) {
            var row = new LinkedHashMap<String, Object>();
            row.put("id", id);
            row.put("name", name);
            row.put("aliases", aliases);
            var rows = nodes.computeIfAbsent(label, l -> new ArrayList<>());
            rows.add(row);
            return row;
        }

        /** Sends full node batches; called after a node's properties are all set. */
        void maybeFlushNodes(String label) {
            var rows = nodes.get(label);
            if (rows != null && rows.size() >= BATCH) {
                sink.nodes(label, rows);
                nodes.put(label, new ArrayList<>());
            }
        }

        void rel(String fromLabel, String from, String type, String toLabel, String to, String source, String quote) {
            var row = new LinkedHashMap<String, Object>();
            row.put("from", from);
            row.put("to", to);
            row.put("source", source);
            row.put("quote", quote);
            relationships.computeIfAbsent(List.of(fromLabel, type, toLabel), k -> new ArrayList<>()).add(row);
        }

        void mention(String label, String id, String article, String quote) {
            rel(label, id, "MENTIONED_IN", "Article", article, article, quote);
        }

        void flush() {
            nodes.forEach((label, rows) -> {
                if (!rows.isEmpty()) {
                    sink.nodes(label, rows);
                }
            });
            nodes.clear();
            relationships.forEach((key, rows) -> {
                for (int i = 0; i < rows.size(); i += BATCH) {
                    sink.relationships(key.get(0), key.get(1), key.get(2), rows.subList(i, Math.min(rows.size(), i + BATCH)));
                }
            });
            relationships.clear();
        }
    }

    /** Generates the whole graph into {@code sink}: always the same rows, in the same order, for a size and seed. */
    public void generate(Sink sink) {
        var out = new Out(sink);
        Skeleton skeleton = skeleton(out, new SplittableRandom(seed));
        out.flush();
        for (int chunk = 0; chunk * (long) CHUNK < enterprises; chunk++) {
            var random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + chunk + 1);
            int end = (int) Math.min(enterprises, (chunk + 1L) * CHUNK);
            for (int i = chunk * CHUNK; i < end; i++) {
                enterprise(out, skeleton, random, i);
            }
            out.flush();
        }
    }

    private Skeleton skeleton(Out out, SplittableRandom random) {
        var s = new Skeleton();
        var provinces = Regions.PROVINCES;

        // Provinces, their capitals, then synthetic cities over the non-municipal provinces.
        Set<String> cityBases = new HashSet<>();
        List<City> capitals = new ArrayList<>();
        for (int p = 0; p < provinces.size(); p++) {
            var province = provinces.get(p);
            var row = out.node("Region", "region:" + province.slug(), province.name(), List.of(province.shortName()));
            row.put("nameEn", province.nameEn());
            row.put("kind", "PROVINCE");
            row.put("code", province.code());
            row.put("source", REFERENCE);
            String cityBase = province.capitalName().substring(0, province.capitalName().length() - 1);
            cityBases.add(cityBase);
            var city = new City("region:" + province.capitalSlug(), province.capitalName(), cityBase, p,
                    province.municipality() ? "org:" + province.slug() + "-gov" : "org:" + province.capitalSlug() + "-gov");
            var cityRow = out.node("Region", city.id, city.name, List.of(cityBase));
            cityRow.put("nameEn", province.capitalNameEn());
            cityRow.put("kind", "CITY");
            cityRow.put("code", province.capitalCode());
            cityRow.put("source", REFERENCE);
            out.rel("Region", city.id, "PART_OF", "Region", "region:" + province.slug(), REFERENCE,
                    province.capitalCode() + " " + city.name + " 隶属 " + province.code() + " " + province.name());
            capitals.add(city);
            s.cities.add(city);
        }
        List<Integer> regular = new ArrayList<>();
        for (int p = 0; p < provinces.size(); p++) {
            if (!provinces.get(p).municipality()) {
                regular.add(p);
            }
        }
        int[] perProvince = new int[provinces.size()];
        for (int c = 0; s.cities.size() < CITIES; c++) {
            int p = regular.get(c % regular.size());
            var province = provinces.get(p);
            int n = ++perProvince[p];
            String base;
            do {
                base = "" + pick(random, CITY_CHARS) + pick(random, CITY_CHARS);
            } while (base.charAt(0) == base.charAt(1) || !cityBases.add(base));
            String slug = province.slug() + "-c" + String.format(Locale.ROOT, "%02d", n);
            String code = province.code().substring(0, 2) + (70 + n) + "00";
            var city = new City("region:" + slug, base + "市", base, p, "org:" + slug + "-gov");
            var row = out.node("Region", city.id, city.name, List.of(base));
            row.put("kind", "CITY");
            row.put("code", code);
            row.put("source", SYNTHETIC);
            out.rel("Region", city.id, "PART_OF", "Region", "region:" + province.slug(), SYNTHETIC,
                    code + " " + city.name + " 隶属 " + province.code() + " " + province.name());
            s.cities.add(city);
        }

        // Industries.
        for (Industry industry : INDUSTRIES) {
            out.node("Industry", industry.id(), industry.name(), List.of());
        }

        // Zones: every capital has a national zone; the other zones go to random cities.
        List<Zone> national = new ArrayList<>();
        Map<String, Integer> sitesUsed = new LinkedHashMap<>();
        List<double[]> rankKeys = new ArrayList<>();
        for (int z = 0; z < NATIONAL_ZONES + PROVINCIAL_ZONES; z++) {
            boolean isNational = z < NATIONAL_ZONES;
            City city = z < capitals.size() ? capitals.get(z) : s.cities.get(random.nextInt(s.cities.size()));
            double r = random.nextDouble();
            String kind = r < (isNational ? 0.75 : 0.7) ? "高新区" : r < (isNational ? 0.85 : 0.8) ? "新区" : "综合保税区";
            int used = sitesUsed.merge(city.id + kind, 1, Integer::sum) - 1;
            String site = used == 0 ? "" : used <= SITES.length ? SITES[used - 1] : "第" + used;
            String name = city.base + site + kind;
            List<String> aliases = switch (kind) {
                case "高新区" -> List.of(city.base + site + "高新技术产业开发区");
                case "综合保税区" -> List.of(city.base + site + "综保区");
                default -> List.of();
            };
            String slug = city.id.substring("region:".length()) + "-" + (city.zones.size() + 1);
            var industries = new ArrayList<Industry>();
            int count = 2 + random.nextInt(3);
            while (industries.size() < count) {
                var industry = INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
                if (!industries.contains(industry)) {
                    industries.add(industry);
                }
            }
            var zone = new Zone("zone:" + slug, slug, name, city, List.copyOf(industries));
            city.zones.add(zone);
            s.zones.add(zone);
            if (isNational) {
                national.add(zone);
            }
            var row = out.node("Zone", zone.id, name, aliases);
            row.put("level", isNational ? "NATIONAL" : "PROVINCIAL");
            row.put("kind", kind);
            // Zipf-like sizes: national zones tend to rank higher (more enterprises).
            rankKeys.add(new double[] {random.nextDouble() * (isNational ? 1.0 : 2.5), z});
        }
        rankKeys.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] weights = new double[s.zones.size()];
        for (int rank = 0; rank < rankKeys.size(); rank++) {
            weights[(int) rankKeys.get(rank)[1]] = 1.0 / (rank + 3);
        }
        s.cumulativeWeights = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            s.cumulativeWeights[i] = sum;
        }

        // Articles: one per zone and year; everything else cites one of them.
        int order = 0;
        for (Zone zone : s.zones) {
            for (int y = 0; y < ZONE_YEARS.length; y++) {
                int year = ZONE_YEARS[y];
                String id = "article:" + zone.slug + "/" + year;
                zone.articles[y] = id;
                String title = zone.name + year + "年发展综述";
                var row = new LinkedHashMap<String, Object>();
                row.put("id", id);
                row.put("name", title);
                row.put("title", title);
                row.put("kicker", zone.city.name + "高质量发展观察");
                row.put("byline", "▶ 本报记者 " + pick(random, NAME_CHARS) + pick(random, NAME_CHARS));
                row.put("authors", List.of());
                row.put("order", (long) ++order);
                row.put("text", zone.name + "位于" + zone.city.name + "。\n" + year + "年," + zone.name + "聚焦"
                        + String.join("、", zone.industries.stream().map(Industry::name).toList())
                        + "等主导产业,持续优化营商环境。\n(合成数据,仅用于性能测试。)");
                out.nodes.computeIfAbsent("Article", l -> new ArrayList<>()).add(row);
                out.maybeFlushNodes("Article");
            }
        }

        // Regions and industries are mentioned in an article of a zone of theirs.
        for (int p = 0; p < provinces.size(); p++) {
            var province = provinces.get(p);
            out.mention("Region", "region:" + province.slug(), capitals.get(p).zones.get(0).article(ZONE_YEARS[0]),
                    capitals.get(p).zones.get(0).name + "位于" + province.name() + "。");
        }
        for (City city : s.cities) {
            Zone zone = city.zones.isEmpty() ? capitals.get(city.province).zones.get(0) : city.zones.get(0);
            out.mention("Region", city.id, zone.article(ZONE_YEARS[0]), city.name + "持续推进园区建设。");
        }
        for (Industry industry : INDUSTRIES) {
            Zone zone = s.zones.stream().filter(z -> z.industries.contains(industry)).findFirst()
                    .orElse(s.zones.get(0));
            out.mention("Industry", industry.id(), zone.article(ZONE_YEARS[0]),
                    zone.name + "聚焦" + industry.name() + "等主导产业。");
        }

        // Zones: region, industries, articles, indicators.
        String[][] zoneMetrics = {{"industrial-output", "规模以上工业产值"}, {"revenue", "营业收入"}};
        for (Zone zone : s.zones) {
            String first = zone.article(ZONE_YEARS[0]);
            out.rel("Zone", zone.id, "IN_REGION", "Region", zone.city.id, first, zone.name + "位于" + zone.city.name + "。");
            for (Industry industry : zone.industries) {
                out.rel("Zone", zone.id, "IN_INDUSTRY", "Industry", industry.id(), first,
                        zone.name + "聚焦" + industry.name() + "等主导产业。");
            }
            for (String article : zone.articles) {
                out.mention("Zone", zone.id, article, zone.name + "持续优化营商环境。");
            }
            for (String[] metric : zoneMetrics) {
                double value = round1(50 + random.nextDouble() * 1950);
                for (int year : ZONE_YEARS) {
                    double growth = round1(random.nextGaussian() * 6 + 8);
                    value = round1(value * (1 + growth / 100));
                    indicator(out, "Zone", zone.id, zone.slug, zone.name, metric[0], metric[1], year, value, "亿元",
                            1e8, growth, zone.article(year), "全年");
                }
            }
        }

        // Organizations.
        String[][] ministries = {{"org:miit", "工业和信息化部", "Ministry of Industry and Information Technology"},
                {"org:most", "科学技术部", "Ministry of Science and Technology"},
                {"org:ndrc", "国家发展和改革委员会", "National Development and Reform Commission"},
                {"org:mofcom", "商务部", "Ministry of Commerce"},
                {"org:cnipa", "国家知识产权局", "China National Intellectual Property Administration"}};
        for (String[] ministry : ministries) {
            var row = out.node("Organization", ministry[0], ministry[1], List.of());
            row.put("nameEn", ministry[2]);
            row.put("kind", "MINISTRY");
            Zone zone = s.zones.get(random.nextInt(s.zones.size()));
            out.mention("Organization", ministry[0], zone.article(ZONE_YEARS[random.nextInt(ZONE_YEARS.length)]),
                    ministry[1] + "公布年度名单。");
        }
        for (int p = 0; p < provinces.size(); p++) {
            var province = provinces.get(p);
            Zone zone = capitals.get(p).zones.get(0);
            String gov = "org:" + province.slug() + "-gov";
            var row = out.node("Organization", gov, province.name() + "人民政府", List.of(province.shortName() + "政府"));
            row.put("kind", "GOVERNMENT");
            out.rel("Organization", gov, "IN_REGION", "Region", "region:" + province.slug(), zone.article(ZONE_YEARS[0]),
                    province.name() + "人民政府出台支持政策。");
            out.mention("Organization", gov, zone.article(ZONE_YEARS[0]), province.name() + "人民政府出台支持政策。");
            String department = "org:" + province.slug() + "-miit";
            String departmentName = province.name() + "工业和信息化厅";
            row = out.node("Organization", department, departmentName, List.of());
            row.put("kind", "DEPARTMENT");
            out.rel("Organization", department, "PART_OF", "Organization", gov, zone.article(ZONE_YEARS[1]),
                    departmentName + "认定年度名单。");
            out.mention("Organization", department, zone.article(ZONE_YEARS[1]), departmentName + "认定年度名单。");
        }
        for (City city : s.cities) {
            if (city.govId.equals("org:" + provinces.get(city.province).slug() + "-gov")) {
                continue; // a municipality: its government is the province's
            }
            Zone zone = city.zones.isEmpty() ? capitals.get(city.province).zones.get(0) : city.zones.get(0);
            var row = out.node("Organization", city.govId, city.name + "人民政府", List.of());
            row.put("kind", "GOVERNMENT");
            out.rel("Organization", city.govId, "IN_REGION", "Region", city.id, zone.article(ZONE_YEARS[0]),
                    city.name + "人民政府公布认定结果。");
            out.mention("Organization", city.govId, zone.article(ZONE_YEARS[0]), city.name + "人民政府公布认定结果。");
        }

        // Awards: a pool per level and year (and province or city).
        Map<Integer, List<Award>> nationalZoneAwards = new LinkedHashMap<>();
        Map<String, Award> provincialZoneAwards = new LinkedHashMap<>();
        for (int year : ZONE_YEARS) {
            for (AwardName a : NATIONAL_ENTERPRISE_AWARDS) {
                s.nationalEnterpriseAwards.computeIfAbsent(year, y -> new ArrayList<>())
                        .add(award(out, random, s, "award:national/" + a.slug() + "/" + year, a.name(), "NATIONAL",
                                year, -1, a, a.conferrer()));
            }
            for (AwardName a : NATIONAL_ZONE_AWARDS) {
                nationalZoneAwards.computeIfAbsent(year, y -> new ArrayList<>())
                        .add(award(out, random, s, "award:national/" + a.slug() + "/" + year, a.name(), "NATIONAL",
                                year, -1, a, a.conferrer()));
            }
            for (int p = 0; p < provinces.size(); p++) {
                var province = provinces.get(p);
                for (AwardName a : PROVINCIAL_ENTERPRISE_AWARDS) {
                    s.provincialEnterpriseAwards.computeIfAbsent(p + "/" + year, k -> new ArrayList<>())
                            .add(award(out, random, s, "award:" + province.slug() + "/" + a.slug() + "/" + year,
                                    province.name() + a.name(), "PROVINCIAL", year, p, a,
                                    "org:" + province.slug() + "-" + a.conferrer()));
                }
                for (AwardName a : PROVINCIAL_ZONE_AWARDS) {
                    provincialZoneAwards.put(p + "/" + year, award(out, random, s,
                            "award:" + province.slug() + "/" + a.slug() + "/" + year, province.name() + a.name(),
                            "PROVINCIAL", year, p, a, "org:" + province.slug() + "-" + a.conferrer()));
                }
            }
            for (int c = 0; c < s.cities.size(); c++) {
                City city = s.cities.get(c);
                for (AwardName a : MUNICIPAL_ENTERPRISE_AWARDS) {
                    s.municipalEnterpriseAwards.computeIfAbsent(c + "/" + year, k -> new ArrayList<>())
                            .add(award(out, random, s, "award:" + city.id.substring("region:".length()) + "/"
                                    + a.slug() + "/" + year, city.base + a.name(), "MUNICIPAL", year, c, a, city.govId));
                }
            }
        }
        for (Zone zone : s.zones) {
            boolean isNational = national.contains(zone);
            for (int year : ZONE_YEARS) {
                if (random.nextDouble() < (isNational ? 0.25 : 0.05)) {
                    var pool = nationalZoneAwards.get(year);
                    received(out, "Zone", zone.id, zone.name, pool.get(random.nextInt(pool.size())), zone.article(year));
                }
                if (random.nextDouble() < 0.3) {
                    received(out, "Zone", zone.id, zone.name, provincialZoneAwards.get(zone.city.province + "/" + year),
                            zone.article(year));
                }
            }
        }

        // Policies: national ones for many zones, provincial ones for a province's zones, and zones' own.
        String[] topics = {"高新技术产业", "科技创新", "先进制造业", "数字经济", "人才引进", "绿色低碳", "招商引资", "企业上市"};
        String[] kinds = {"措施", "意见", "办法", "通知"};
        int policyNumber = 0;
        for (int i = 0; i < 20; i++) {
            String[] ministry = ministries[random.nextInt(ministries.length)];
            int count = 10 + random.nextInt(51);
            List<Zone> targets = new ArrayList<>();
            while (targets.size() < count) {
                Zone zone = random.nextDouble() < 0.7 ? national.get(random.nextInt(national.size()))
                        : s.zones.get(random.nextInt(s.zones.size()));
                if (!targets.contains(zone)) {
                    targets.add(zone);
                }
            }
            policy(out, random, ++policyNumber, ministry[1], "Organization", ministry[0], targets, topics, kinds);
        }
        for (int p = 0; p < provinces.size(); p++) {
            var province = provinces.get(p);
            List<Zone> targets = new ArrayList<>();
            for (City city : s.cities) {
                if (city.province == p) {
                    targets.addAll(city.zones);
                }
            }
            for (int i = 0; i < 2; i++) {
                policy(out, random, ++policyNumber, province.name() + "人民政府", "Organization",
                        "org:" + province.slug() + "-gov", targets, topics, kinds);
            }
        }
        for (int i = 0; i < 100; i++) {
            Zone zone = s.zones.get(random.nextInt(s.zones.size()));
            policy(out, random, ++policyNumber, zone.name, "Zone", zone.id, List.of(zone), topics, kinds);
        }
        return s;
    }

    private static Award award(Out out, SplittableRandom random, Skeleton s, String id, String name, String level,
            int year, int scope, AwardName kind, String conferrer) {
        var row = out.node("Award", id, name, List.of());
        row.put("level", level);
        row.put("year", (long) year);
        row.put("category", kind.category());
        List<Zone> candidates = switch (level) {
            case "NATIONAL" -> s.zones;
            case "PROVINCIAL" -> s.zones.stream().filter(z -> z.city.province == scope).toList();
            default -> s.cities.get(scope).zones;
        };
        Zone zone = candidates.isEmpty()
                ? s.zones.stream().filter(z -> z.city.province == s.cities.get(scope).province).findFirst().orElseThrow()
                : candidates.get(random.nextInt(candidates.size()));
        String article = zone.article(year);
        out.mention("Award", id, article, year + "年度" + name + "名单公布。");
        out.rel("Award", id, "CONFERRED_BY", "Organization", conferrer, article, year + "年度" + name + "名单公布。");
        return new Award(id, name, level, year, scope);
    }

    private static void received(Out out, String label, String id, String name, Award award, String article) {
        out.rel(label, id, "RECEIVED", "Award", award.id(), article, name + "获评" + award.year() + "年度" + award.name() + "。");
    }

    private static void policy(Out out, SplittableRandom random, int number, String issuerName, String issuerLabel,
            String issuer, List<Zone> targets, String[] topics, String[] kinds) {
        String id = String.format(Locale.ROOT, "policy:p%04d", number);
        String kind = kinds[random.nextInt(kinds.length)];
        String name = issuerName + "关于支持" + topics[random.nextInt(topics.length)] + "高质量发展的若干" + kind
                + "(第" + number + "号)";
        var row = out.node("Policy", id, name, List.of());
        int year = ZONE_YEARS[random.nextInt(ZONE_YEARS.length)];
        row.put("date", String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
        row.put("kind", kind);
        String article = targets.isEmpty() ? null : targets.get(0).article(year);
        if (article == null) {
            throw new IllegalStateException("policy " + id + " applies to no zone");
        }
        out.mention("Policy", id, article, issuerName + "出台《" + name + "》。");
        out.rel("Policy", id, "ISSUED_BY", issuerLabel, issuer, article, issuerName + "出台《" + name + "》。");
        for (Zone zone : targets) {
            out.rel("Policy", id, "APPLIES_TO", "Zone", zone.id, article, "《" + name + "》适用于" + zone.name + "。");
        }
    }

    private static void indicator(Out out, String label, String subjectId, String subjectSlug, String subjectName,
            String metricSlug, String metric, int year, double value, String unit, double yuanPerUnit, double growth,
            String article, String period) {
        String id = "ind:" + subjectSlug + "/" + metricSlug + "/" + year;
        var row = out.node("Indicator", id, subjectName + " " + metric + "(" + year + "年)", List.of());
        row.put("metric", metric);
        row.put("value", value);
        row.put("unit", unit);
        row.put("valueYuan", value * yuanPerUnit);
        row.put("period", period);
        row.put("year", (long) year);
        row.put("growth", growth);
        row.put("kind", "ACTUAL");
        out.maybeFlushNodes("Indicator");
        String quote = subjectName + year + "年" + metric + value + unit + ",同比增长" + growth + "%。";
        out.mention("Indicator", id, article, quote);
        out.rel(label, subjectId, "HAS_INDICATOR", "Indicator", id, article, quote);
    }

    private void enterprise(Out out, Skeleton s, SplittableRandom random, int i) {
        Zone zone = s.sampleZone(random);
        Industry industry = random.nextDouble() < 0.8 ? zone.industries.get(random.nextInt(zone.industries.size()))
                : INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
        String prefix;
        do {
            prefix = "" + pick(random, NAME_CHARS) + pick(random, NAME_CHARS);
        } while (prefix.charAt(0) == prefix.charAt(1));
        String core = industry.cores().get(random.nextInt(industry.cores().size()));
        double r = random.nextDouble();
        String kind = r < 0.85 ? "COMPANY" : r < 0.95 ? "GROUP" : "SITE";
        String name = switch (kind) {
            case "GROUP" -> prefix + core + "集团有限公司";
            case "SITE" -> prefix + core + "(" + zone.city.base + ")生产基地";
            default -> prefix + core + (random.nextBoolean() ? "科技有限公司" : random.nextBoolean() ? "股份有限公司" : "技术有限公司");
        };
        String id = enterpriseId(i);
        String slug = "ent-" + id.substring("ent:".length());
        var row = out.node("Enterprise", id, name, random.nextDouble() < 0.6 ? List.of(prefix + core) : List.of());
        row.put("kind", kind);
        out.maybeFlushNodes("Enterprise");
        int year = ZONE_YEARS[random.nextInt(ZONE_YEARS.length)];
        String article = zone.article(year);
        out.mention("Enterprise", id, article, name + "是" + zone.name + "的" + industry.name() + "企业。");
        out.rel("Enterprise", id, "LOCATED_IN", "Zone", zone.id, article, name + "位于" + zone.name + "。");
        out.rel("Enterprise", id, "IN_INDUSTRY", "Industry", industry.id(), article,
                name + "深耕" + industry.name() + "领域。");

        if (random.nextDouble() < 0.3) {
            int count = 1 + random.nextInt(3);
            List<Award> awards = new ArrayList<>();
            for (int attempt = 0; awards.size() < count && attempt < 10; attempt++) {
                int awardYear = ZONE_YEARS[random.nextInt(ZONE_YEARS.length)];
                double level = random.nextDouble();
                List<Award> pool = level < 0.15 ? s.nationalEnterpriseAwards.get(awardYear)
                        : level < 0.6 ? s.provincialEnterpriseAwards.get(zone.city.province + "/" + awardYear)
                        : s.municipalEnterpriseAwards.get(s.cities.indexOf(zone.city) + "/" + awardYear);
                Award award = pool.get(random.nextInt(pool.size()));
                if (!awards.contains(award)) {
                    awards.add(award);
                    received(out, "Enterprise", id, name, award, zone.article(awardYear));
                }
            }
        }

        double value = Math.round(500 * Math.exp(random.nextGaussian() * 1.5 + 2));
        for (int indicatorYear : ENTERPRISE_YEARS) {
            double growth = round1(random.nextGaussian() * 15 + 10);
            value = Math.max(1, Math.round(value * (1 + growth / 100)));
            indicator(out, "Enterprise", id, slug, name, "output", "产值", indicatorYear, value, "万元", 1e4, growth,
                    zone.article(indicatorYear), "全年");
        }

        if (random.nextDouble() < 0.05) {
            String projectId = "proj:" + slug.substring("ent-".length());
            Zone projectZone = random.nextDouble() < 0.9 ? zone : s.sampleZone(random);
            int projectYear = ZONE_YEARS[random.nextInt(ZONE_YEARS.length)];
            String projectArticle = projectZone.article(projectYear);
            String[] kinds = {"制造", "研发", "基地"};
            String projectKind = kinds[random.nextInt(kinds.length)];
            String projectName = prefix + core + switch (projectKind) {
                case "制造" -> "年产" + (1 + random.nextInt(99)) + "万套" + industry.name() + "产品项目";
                case "研发" -> industry.name() + "研发中心项目";
                default -> industry.name() + "产业基地项目";
            };
            double investment = Math.max(0.1, round1(Math.exp(random.nextGaussian() + 2)));
            var project = out.node("Project", projectId, projectName, List.of());
            project.put("kind", projectKind);
            project.put("startDate", String.format(Locale.ROOT, "%d-%02d", projectYear, 1 + random.nextInt(12)));
            project.put("investment", investment);
            project.put("investmentUnit", "亿元");
            project.put("investmentYuan", investment * 1e8);
            String quote = projectName + "总投资" + investment + "亿元,落户" + projectZone.name + "。";
            out.mention("Project", projectId, projectArticle, quote);
            out.rel("Project", projectId, "LOCATED_IN", "Zone", projectZone.id, projectArticle, quote);
            out.rel("Enterprise", id, "INVESTS_IN", "Project", projectId, projectArticle, quote);
            out.rel("Project", projectId, "IN_INDUSTRY", "Industry", industry.id(), projectArticle, quote);
        }
    }

    private static char pick(SplittableRandom random, String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
