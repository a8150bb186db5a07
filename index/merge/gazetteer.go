package merge

// place is one entry of the gazetteer: a code ("jp", or "jp/tokyo" for a
// place inside a country, so that Tokyo agrees with Japan), its English
// names (lowercase, space-separated words), the demonyms that name it when
// they qualify a unit ("Australian subsidiary") and its Japanese names.
type place struct {
	code     string
	en, dem  []string
	ja       []string
	caseOnly []string // names matched only as written, e.g. "US" (not "us")
}

// gazetteer lists countries, regions and the cities that company units are
// most often named after. It is deliberately plain data: adding a place is
// adding a line.
var gazetteer = []place{
	{code: "jp", en: []string{"japan"}, dem: []string{"japanese"}, ja: []string{"日本", "国内"}},
	{code: "jp/tokyo", en: []string{"tokyo"}, ja: []string{"東京", "都内"}},
	{code: "jp/osaka", en: []string{"osaka"}, ja: []string{"大阪"}},
	{code: "jp/nagoya", en: []string{"nagoya", "aichi"}, ja: []string{"名古屋", "愛知"}},
	{code: "jp/yokohama", en: []string{"yokohama", "kanagawa"}, ja: []string{"横浜", "神奈川"}},
	{code: "jp/kyoto", en: []string{"kyoto"}, ja: []string{"京都"}},
	{code: "jp/kobe", en: []string{"kobe", "hyogo"}, ja: []string{"神戸", "兵庫"}},
	{code: "jp/fukuoka", en: []string{"fukuoka"}, ja: []string{"福岡"}},
	{code: "jp/sapporo", en: []string{"sapporo", "hokkaido"}, ja: []string{"札幌", "北海道"}},
	{code: "jp/okinawa", en: []string{"okinawa"}, ja: []string{"沖縄"}},
	{code: "vn", en: []string{"vietnam", "viet nam"}, dem: []string{"vietnamese"}, ja: []string{"ベトナム"}},
	{code: "vn/hanoi", en: []string{"hanoi"}, ja: []string{"ハノイ"}},
	{code: "vn/hcmc", en: []string{"ho chi minh", "saigon"}, ja: []string{"ホーチミン"}},
	{code: "au", en: []string{"australia"}, dem: []string{"australian"}, ja: []string{"オーストラリア", "豪州", "豪"}},
	{code: "au/sydney", en: []string{"sydney"}, ja: []string{"シドニー"}},
	{code: "au/melbourne", en: []string{"melbourne"}, ja: []string{"メルボルン"}},
	{code: "nz", en: []string{"new zealand"}, ja: []string{"ニュージーランド"}},
	{code: "cn", en: []string{"china"}, dem: []string{"chinese"}, ja: []string{"中国"}},
	{code: "cn/beijing", en: []string{"beijing"}, ja: []string{"北京"}},
	{code: "cn/shanghai", en: []string{"shanghai"}, ja: []string{"上海"}},
	{code: "hk", en: []string{"hong kong"}, ja: []string{"香港"}},
	{code: "tw", en: []string{"taiwan"}, dem: []string{"taiwanese"}, ja: []string{"台湾"}},
	{code: "kr", en: []string{"south korea", "korea"}, dem: []string{"korean", "south korean"}, ja: []string{"韓国", "韓"}},
	{code: "kr/seoul", en: []string{"seoul"}, ja: []string{"ソウル"}},
	{code: "sg", en: []string{"singapore"}, dem: []string{"singaporean"}, ja: []string{"シンガポール"}},
	{code: "th", en: []string{"thailand"}, dem: []string{"thai"}, ja: []string{"タイ"}},
	{code: "th/bangkok", en: []string{"bangkok"}, ja: []string{"バンコク"}},
	{code: "my", en: []string{"malaysia"}, dem: []string{"malaysian"}, ja: []string{"マレーシア"}},
	{code: "id", en: []string{"indonesia"}, dem: []string{"indonesian"}, ja: []string{"インドネシア"}},
	{code: "ph", en: []string{"philippines"}, dem: []string{"philippine", "filipino"}, ja: []string{"フィリピン"}},
	{code: "in", en: []string{"india"}, dem: []string{"indian"}, ja: []string{"インド"}},
	{code: "pk", en: []string{"pakistan"}, dem: []string{"pakistani"}, ja: []string{"パキスタン"}},
	{code: "us", en: []string{"united states", "america", "usa"}, dem: []string{"american"}, ja: []string{"米国", "アメリカ", "米"}, caseOnly: []string{"US", "U.S", "U.S.A"}},
	{code: "us/ny", en: []string{"new york"}, ja: []string{"ニューヨーク"}},
	{code: "us/ca", en: []string{"california", "silicon valley"}, ja: []string{"カリフォルニア"}},
	{code: "us/tx", en: []string{"texas"}, ja: []string{"テキサス"}},
	{code: "ca", en: []string{"canada"}, dem: []string{"canadian"}, ja: []string{"カナダ"}},
	{code: "mx", en: []string{"mexico"}, dem: []string{"mexican"}, ja: []string{"メキシコ"}},
	{code: "br", en: []string{"brazil"}, dem: []string{"brazilian"}, ja: []string{"ブラジル"}},
	{code: "ar", en: []string{"argentina"}, dem: []string{"argentine", "argentinian"}, ja: []string{"アルゼンチン"}},
	{code: "gb", en: []string{"united kingdom", "britain", "great britain", "england", "scotland", "wales"}, dem: []string{"british", "uk-based"}, ja: []string{"英国", "イギリス", "英"}, caseOnly: []string{"UK", "U.K"}},
	{code: "gb/london", en: []string{"london"}, ja: []string{"ロンドン"}},
	{code: "ie", en: []string{"ireland"}, dem: []string{"irish"}, ja: []string{"アイルランド"}},
	{code: "fr", en: []string{"france"}, dem: []string{"french"}, ja: []string{"フランス", "仏"}},
	{code: "fr/paris", en: []string{"paris"}, ja: []string{"パリ"}},
	{code: "de", en: []string{"germany"}, dem: []string{"german"}, ja: []string{"ドイツ", "独"}},
	{code: "it", en: []string{"italy"}, dem: []string{"italian"}, ja: []string{"イタリア"}},
	{code: "es", en: []string{"spain"}, dem: []string{"spanish"}, ja: []string{"スペイン"}},
	{code: "pt", en: []string{"portugal"}, dem: []string{"portuguese"}, ja: []string{"ポルトガル"}},
	{code: "nl", en: []string{"netherlands", "holland"}, dem: []string{"dutch"}, ja: []string{"オランダ"}},
	{code: "be", en: []string{"belgium"}, dem: []string{"belgian"}, ja: []string{"ベルギー"}},
	{code: "ch", en: []string{"switzerland"}, dem: []string{"swiss"}, ja: []string{"スイス"}},
	{code: "at", en: []string{"austria"}, dem: []string{"austrian"}, ja: []string{"オーストリア"}},
	{code: "se", en: []string{"sweden"}, dem: []string{"swedish"}, ja: []string{"スウェーデン"}},
	{code: "no", en: []string{"norway"}, dem: []string{"norwegian"}, ja: []string{"ノルウェー"}},
	{code: "dk", en: []string{"denmark"}, dem: []string{"danish"}, ja: []string{"デンマーク"}},
	{code: "fi", en: []string{"finland"}, dem: []string{"finnish"}, ja: []string{"フィンランド"}},
	{code: "pl", en: []string{"poland"}, dem: []string{"polish"}, ja: []string{"ポーランド"}},
	{code: "ru", en: []string{"russia"}, dem: []string{"russian"}, ja: []string{"ロシア"}},
	{code: "ua", en: []string{"ukraine"}, dem: []string{"ukrainian"}, ja: []string{"ウクライナ"}},
	{code: "tr", en: []string{"turkey", "türkiye"}, dem: []string{"turkish"}, ja: []string{"トルコ"}},
	{code: "il", en: []string{"israel"}, dem: []string{"israeli"}, ja: []string{"イスラエル"}},
	{code: "ae", en: []string{"united arab emirates", "uae", "dubai"}, dem: []string{"emirati"}, ja: []string{"アラブ首長国連邦", "ドバイ"}},
	{code: "sa", en: []string{"saudi arabia"}, dem: []string{"saudi"}, ja: []string{"サウジアラビア"}},
	{code: "za", en: []string{"south africa"}, dem: []string{"south african"}, ja: []string{"南アフリカ"}},
	{code: "eu", en: []string{"europe"}, dem: []string{"european"}, ja: []string{"欧州", "ヨーロッパ"}},
}

// unitWords are the English nouns of a company's parts. A place names the
// unit an incident hit when it qualifies one ("Tokyo sales subsidiaries",
// "its Australian arm", "dealerships in Tokyo"); people ("Japanese users",
// "customers in the US") are left out, as they describe who is affected.
var unitWords = map[string]bool{
	"subsidiary": true, "subsidiaries": true, "arm": true, "unit": true, "units": true,
	"division": true, "branch": true, "branches": true, "affiliate": true, "affiliates": true,
	"operations": true, "operation": true, "office": true, "offices": true, "dealer": true,
	"dealers": true, "dealership": true, "dealerships": true, "plant": true, "plants": true,
	"factory": true, "factories": true, "business": true, "headquarters": true, "hq": true,
	"stores": true, "store": true, "outlets": true, "entity": true, "entities": true,
}

// jaUnitWords are the Japanese nouns of a company's parts, read right after
// a place (ベトナム法人, 東京販売, 豪州の現地法人).
var jaUnitWords = []string{
	"現地法人", "法人", "子会社", "販売", "販社", "拠点", "工場", "事業所", "支社", "支店",
	"営業所", "関連会社", "グループ会社", "本社", "事業", "部門",
}
