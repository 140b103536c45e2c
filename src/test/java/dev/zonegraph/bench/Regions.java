package dev.zonegraph.bench;

import java.util.List;

/**
 * The 31 provincial-level divisions of mainland China with their GB/T 2260 codes and their capitals (for the four
 * municipalities the city is the municipality itself, code xx0100).
 */
final class Regions {

    /** A province (or autonomous region, or municipality) and its capital. */
    record Province(String slug, String name, String nameEn, String code, String shortName, String capitalSlug,
            String capitalName, String capitalNameEn, String capitalCode, boolean municipality) {
    }

    static final List<Province> PROVINCES = List.of(
            p("beijing", "北京市", "Beijing", "110000", "京", "beijing-city", "北京市", "Beijing", "110100", true),
            p("tianjin", "天津市", "Tianjin", "120000", "津", "tianjin-city", "天津市", "Tianjin", "120100", true),
            p("hebei", "河北省", "Hebei", "130000", "冀", "shijiazhuang", "石家庄市", "Shijiazhuang", "130100", false),
            p("shanxi", "山西省", "Shanxi", "140000", "晋", "taiyuan", "太原市", "Taiyuan", "140100", false),
            p("inner-mongolia", "内蒙古自治区", "Inner Mongolia", "150000", "蒙", "hohhot", "呼和浩特市", "Hohhot",
                    "150100", false),
            p("liaoning", "辽宁省", "Liaoning", "210000", "辽", "shenyang", "沈阳市", "Shenyang", "210100", false),
            p("jilin", "吉林省", "Jilin", "220000", "吉", "changchun", "长春市", "Changchun", "220100", false),
            p("heilongjiang", "黑龙江省", "Heilongjiang", "230000", "黑", "harbin", "哈尔滨市", "Harbin", "230100", false),
            p("shanghai", "上海市", "Shanghai", "310000", "沪", "shanghai-city", "上海市", "Shanghai", "310100", true),
            p("jiangsu", "江苏省", "Jiangsu", "320000", "苏", "nanjing", "南京市", "Nanjing", "320100", false),
            p("zhejiang", "浙江省", "Zhejiang", "330000", "浙", "hangzhou", "杭州市", "Hangzhou", "330100", false),
            p("anhui", "安徽省", "Anhui", "340000", "皖", "hefei", "合肥市", "Hefei", "340100", false),
            p("fujian", "福建省", "Fujian", "350000", "闽", "fuzhou", "福州市", "Fuzhou", "350100", false),
            p("jiangxi", "江西省", "Jiangxi", "360000", "赣", "nanchang", "南昌市", "Nanchang", "360100", false),
            p("shandong", "山东省", "Shandong", "370000", "鲁", "jinan", "济南市", "Jinan", "370100", false),
            p("henan", "河南省", "Henan", "410000", "豫", "zhengzhou", "郑州市", "Zhengzhou", "410100", false),
            p("hubei", "湖北省", "Hubei", "420000", "鄂", "wuhan", "武汉市", "Wuhan", "420100", false),
            p("hunan", "湖南省", "Hunan", "430000", "湘", "changsha", "长沙市", "Changsha", "430100", false),
            p("guangdong", "广东省", "Guangdong", "440000", "粤", "guangzhou", "广州市", "Guangzhou", "440100", false),
            p("guangxi", "广西壮族自治区", "Guangxi", "450000", "桂", "nanning", "南宁市", "Nanning", "450100", false),
            p("hainan", "海南省", "Hainan", "460000", "琼", "haikou", "海口市", "Haikou", "460100", false),
            p("chongqing", "重庆市", "Chongqing", "500000", "渝", "chongqing-city", "重庆市", "Chongqing", "500100", true),
            p("sichuan", "四川省", "Sichuan", "510000", "川", "chengdu", "成都市", "Chengdu", "510100", false),
            p("guizhou", "贵州省", "Guizhou", "520000", "黔", "guiyang", "贵阳市", "Guiyang", "520100", false),
            p("yunnan", "云南省", "Yunnan", "530000", "滇", "kunming", "昆明市", "Kunming", "530100", false),
            p("tibet", "西藏自治区", "Tibet", "540000", "藏", "lhasa", "拉萨市", "Lhasa", "540100", false),
            p("shaanxi", "陕西省", "Shaanxi", "610000", "陕", "xian", "西安市", "Xi'an", "610100", false),
            p("gansu", "甘肃省", "Gansu", "620000", "甘", "lanzhou", "兰州市", "Lanzhou", "620100", false),
            p("qinghai", "青海省", "Qinghai", "630000", "青", "xining", "西宁市", "Xining", "630100", false),
            p("ningxia", "宁夏回族自治区", "Ningxia", "640000", "宁", "yinchuan", "银川市", "Yinchuan", "640100", false),
            p("xinjiang", "新疆维吾尔自治区", "Xinjiang", "650000", "新", "urumqi", "乌鲁木齐市", "Urumqi", "650100",
                    false));

    private Regions() {
    }

    private static Province p(String slug, String name, String nameEn, String code, String shortName,
            String capitalSlug, String capitalName, String capitalNameEn, String capitalCode, boolean municipality) {
        return new Province(slug, name, nameEn, code, shortName, capitalSlug, capitalName, capitalNameEn, capitalCode,
                municipality);
    }
}
