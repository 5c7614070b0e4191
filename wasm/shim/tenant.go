package shim

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"sync"
)

var (
	departmentEngineering = I18n{ZhCN: "工程部", EnUS: "Engineering", JaJP: "エンジニアリング部"}
	departmentProduct     = I18n{ZhCN: "产品部", EnUS: "Product", JaJP: "プロダクト部"}
	departmentDesign      = I18n{ZhCN: "设计部", EnUS: "Design", JaJP: "デザイン部"}
	departmentSales       = I18n{ZhCN: "销售部", EnUS: "Sales", JaJP: "営業部"}
	departmentPeople      = I18n{ZhCN: "人力资源部", EnUS: "People", JaJP: "人事部"}
	partnerCompany        = I18n{ZhCN: "合作伙伴有限公司", EnUS: "Partner Co., Ltd.", JaJP: "パートナー株式会社"}
)

// Places the default tenant's people live in.
var (
	china        = Place{En: "China", ZhCN: "中国", ZhTW: "中國"}
	japan        = Place{En: "Japan", ZhCN: "日本", ZhTW: "日本"}
	unitedStates = Place{En: "United States", ZhCN: "美国", ZhTW: "美國"}
	guangdong    = Place{En: "Guangdong", ZhCN: "广东", ZhTW: "廣東"}
	beijing      = Place{En: "Beijing", ZhCN: "北京", ZhTW: "北京"}
	shanghai     = Place{En: "Shanghai", ZhCN: "上海", ZhTW: "上海"}
	zhejiang     = Place{En: "Zhejiang", ZhCN: "浙江", ZhTW: "浙江"}
	sichuan      = Place{En: "Sichuan", ZhCN: "四川", ZhTW: "四川"}
	tokyo        = Place{En: "Tokyo", ZhCN: "东京", ZhTW: "東京"}
	california   = Place{En: "California", ZhCN: "加利福尼亚", ZhTW: "加利福尼亞"}
	guangzhou    = Place{En: "Guangzhou", ZhCN: "广州", ZhTW: "廣州"}
	shenzhen     = Place{En: "Shenzhen", ZhCN: "深圳", ZhTW: "深圳"}
	hangzhou     = Place{En: "Hangzhou", ZhCN: "杭州", ZhTW: "杭州"}
	chengdu      = Place{En: "Chengdu", ZhCN: "成都", ZhTW: "成都"}
	minato       = Place{En: "Minato", ZhCN: "港区", ZhTW: "港區"}
	sanFrancisco = Place{En: "San Francisco", ZhCN: "旧金山", ZhTW: "舊金山"}
	chiyoda      = Place{En: "Chiyoda", ZhCN: "千代田区", ZhTW: "千代田區"}
)

// person is one of the default tenant's people as written. The table is
// data the linker lays out (it points to the shared departments and places
// rather than copying them), where a []User literal was code V8 compiled
// at every boot (docs/benchmarks.md, "Code compiled during boot").
type person struct {
	name                    I18n
	department              *I18n
	gender                  string
	country, province, city *Place
	external                bool
}

var defaultPeople = [...]person{
	{name: I18n{ZhCN: "张伟", EnUS: "Zhang Wei", JaJP: "チョウ・イ"}, department: &departmentEngineering,
		gender: "male", country: &china, province: &guangdong, city: &guangzhou},
	{name: I18n{ZhCN: "李娜", EnUS: "Li Na", JaJP: "リ・ナ"}, department: &departmentProduct,
		gender: "female", country: &china, province: &beijing, city: &beijing},
	{name: I18n{ZhCN: "王芳", EnUS: "Wang Fang", JaJP: "オウ・ホウ"}, department: &departmentDesign,
		gender: "female", country: &china, province: &shanghai, city: &shanghai},
	{name: I18n{ZhCN: "刘洋", EnUS: "Liu Yang", JaJP: "リュウ・ヨウ"}, department: &departmentEngineering,
		gender: "male", country: &china, province: &guangdong, city: &shenzhen},
	{name: I18n{ZhCN: "陈静", EnUS: "Chen Jing", JaJP: "チン・セイ"}, department: &departmentSales,
		gender: "female", country: &china, province: &zhejiang, city: &hangzhou},
	{name: I18n{ZhCN: "杨磊", EnUS: "Yang Lei", JaJP: "ヨウ・ライ"}, department: &departmentEngineering,
		gender: "male", country: &china, province: &sichuan, city: &chengdu},
	{name: I18n{ZhCN: "赵敏", EnUS: "Zhao Min", JaJP: "チョウ・ビン"}, department: &departmentPeople,
		gender: "female", country: &china, province: &beijing, city: &beijing},
	// Not everyone shares their gender or region.
	{name: I18n{ZhCN: "黄晓明", EnUS: "Huang Xiaoming", JaJP: "コウ・ショウメイ"}, department: &departmentProduct},
	{name: I18n{ZhCN: "佐藤花子", EnUS: "Hanako Sato", JaJP: "佐藤花子"}, department: &departmentDesign,
		gender: "female", country: &japan, province: &tokyo, city: &minato},
	{name: I18n{ZhCN: "周杰", EnUS: "Zhou Jie", JaJP: "シュウ・ケツ"}, department: &departmentSales,
		gender: "male", country: &china, province: &shanghai, city: &shanghai},
	{name: I18n{ZhCN: "艾米丽·卡特", EnUS: "Emily Carter", JaJP: "エミリー・カーター"}, department: &partnerCompany, external: true,
		gender: "female", country: &unitedStates, province: &california, city: &sanFrancisco},
	{name: I18n{ZhCN: "铃木一郎", EnUS: "Ichiro Suzuki", JaJP: "鈴木一郎"}, department: &partnerCompany, external: true,
		gender: "male", country: &japan, province: &tokyo, city: &chiyoda},
}

var defaultTenant = sync.OnceValue(func() []User {
	people := make([]User, len(defaultPeople))
	for i, p := range defaultPeople {
		people[i] = User{Name: p.name, Department: *p.department, Gender: p.gender, External: p.external}
		if p.country != nil {
			people[i].Country, people[i].Province, people[i].City = *p.country, *p.province, *p.city
		}
	}
	completeUsers(people)
	return people
})

// DefaultTenant is the embedded directory used when "users" is not
// configured: ten colleagues and two external contacts, the same IDs on
// every load so tests can name them.
func DefaultTenant() []User {
	return slices.Clone(defaultTenant())
}

// completeUsers fills the IDs and avatar a configured user leaves out,
// derived from the user's English (or first) name so they never change.
func completeUsers(users []User) {
	seen := map[string]int{}
	for i := range users {
		u := &users[i]
		seed := u.OpenID
		if seed == "" {
			seed = u.Name.In("en_US")
			// Namesakes get their own IDs: the second 张伟 is "Zhang Wei#2".
			if seen[seed]++; seen[seed] > 1 {
				seed += "#" + strconv.Itoa(seen[seed])
			}
		}
		if u.OpenID == "" {
			u.OpenID = "ou_" + Digest("open:"+seed, 32)
		}
		if u.UnionID == "" {
			u.UnionID = "on_" + Digest("union:"+seed, 32)
		}
		if u.UserID == "" {
			u.UserID = Digest("user:"+seed, 8)
		}
		if u.Avatar == "" {
			u.Avatar = avatarDataURI(u.Name.In("en_US"), seed)
		}
		if u.Email == "" {
			u.Email = emailOf(u.Name.In("en_US"), u.External)
		}
		if u.Mobile == "" {
			u.Mobile = "+86 1" + digitsOf("mobile:"+seed, 10)
		}
	}
}

// emailOf makes an address from a name: colleagues at the demo company's
// domain, external contacts at their partner's.
func emailOf(name string, external bool) string {
	local := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		case r == ' ', r == '-', r == '.':
			return '.'
		}
		return -1
	}, name)
	if local = strings.Trim(local, "."); local == "" {
		local = "user"
	}
	if external {
		return local + "@partner.example"
	}
	return local + "@ttshim.example"
}

// digitsOf is n decimal digits derived from s.
func digitsOf(s string, n int) string {
	sum := sha256.Sum256([]byte("ttshim:" + s))
	out := make([]byte, n)
	for i := range out {
		out[i] = '0' + sum[i]%10
	}
	return string(out)
}

// Digest is the first n hex digits of a salted SHA-256 of s: the stable
// IDs the tenant derives, which the simulated Open Platform derives too.
func Digest(s string, n int) string {
	sum := sha256.Sum256([]byte("ttshim:" + s))
	return hex.EncodeToString(sum[:])[:n]
}

var avatarColors = []string{"#3370FF", "#00B3A1", "#F54A45", "#FF8800", "#7F3BF5", "#34C724", "#F01D94", "#1F2329"}

// avatarDataURI draws initials on a coloured disc, so the shim shows
// faces without fetching anything.
func avatarDataURI(name, seed string) string {
	initials := ""
	for _, word := range strings.Fields(name) {
		for _, r := range word {
			initials += strings.ToUpper(string(r))
			break
		}
		if len([]rune(initials)) == 2 {
			break
		}
	}
	if initials == "" {
		initials = "?"
	}
	sum := sha256.Sum256([]byte(seed))
	color := avatarColors[int(sum[0])%len(avatarColors)]
	// Concatenated, not Sprintf'd: at boot, twelve of these made fmt hot
	// enough for V8 to spend 40 ms optimising it.
	svg := `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">` +
		`<circle cx="48" cy="48" r="48" fill="` + color + `"/>` +
		`<text x="48" y="50" font-family="Helvetica,Arial,sans-serif" font-size="36" fill="#fff" ` +
		`text-anchor="middle" dominant-baseline="middle">` + xmlEscape(initials) + `</text></svg>`
	return dataURI("image/svg+xml", []byte(svg))
}

// xmlEscaper is built once: building a Replacer costs more than using it.
var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func xmlEscape(s string) string { return xmlEscaper.Replace(s) }
