package export

import "strings"

// ActorCode is a CAMEO actor code split into the parts GDELT's Event table gives each actor.
//
// A CAMEO actor code is a run of three-character elements. ParseActorCode reads them left to
// right:
//
//   - The first element is the country (an ISO 3166 alpha-3 code, CAMEO's KSV/KOS for Kosovo, or
//     one of CAMEO's regional codes such as MEA, AFR, WST) when it is one; otherwise a
//     transnational type (IGO, NGO, IMG, MNC …), a known group (UNO, NAT, HMS …), a religion
//     (MOS, SHI …) or an ethnic group.
//   - The element right after a transnational type (IGO, NGO, IMG, …) that is neither a country,
//     a type nor a religion is the known group: IGOUNO is type IGO + group UNO, NGOAMN is NGO +
//     AMN, IMGISI is IMG + ISI. Marsad's own group codes that CAMEO lacks (IGOG20) parse the same
//     way.
//   - A later element is a religion (two at most), a type (three at most: GOV, MIL, REB …), an
//     ethnic group, a known group from CAMEO's list, or, after a transnational type, the country
//     it is tied to (IGOAFR …); anything else is left out of the parts (it stays in Code).
//
// So USAGOV is country USA + type GOV, PSEREB is PSE + REB, SAUGOVMIL is SAU + GOV + MIL.
type ActorCode struct {
	Code       string // the whole code, as given
	Country    string // CAMEO country or regional code
	KnownGroup string // CAMEO known group (UNO, NAT, HMS …)
	Ethnic     string
	Religion1  string
	Religion2  string
	Type1      string // CAMEO type (sector): GOV, MIL, REB, IGO …
	Type2      string
	Type3      string
}

// Types returns the type codes that are set, in order.
func (c ActorCode) Types() []string {
	var out []string
	for _, t := range []string{c.Type1, c.Type2, c.Type3} {
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

// transnational are the CAMEO types that stand first in a code in place of a country.
var transnational = set("IGO NGO IMG MNC NGM INT UIS PKO SET")

// actorTypes are CAMEO's actor types (sectors), with the transnational ones, the PLOVER
// additions (JRN, PRM, PRE, SOC, UNK) and PTY.
var actorTypes = set(`COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI
	LAB LEG MED MOD RAD REF PTY JRN PRM PRE SOC UNK IGO NGO IMG MNC NGM INT UIS PKO SET`)

// religions are CAMEO's religion codes.
var religions = set(`ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS MRN
	NRM PAG PRO SFI SHI SHN SIK SUN TAO UDX ZRO`)

// ethnics is a short list of CAMEO ethnic-group codes met in Middle East news. CAMEO's full list
// is longer; an ethnic code missing here is simply not split out.
var ethnics = set("KUR PSH HAZ TAJ BAL")

// knownGroups are CAMEO known-group codes (international organisations, armed groups and
// movements) recognised in any position after the first element.
var knownGroups = set(`UNO NAT EEC ARL GCC OIC OPC IMF WBK WHO WFP HCR KID IAE ICC ICJ AMN HRW MSF CRC
	RCR IRC ALQ HMS HEZ TAL PLO FTH PKK PIJ AMU ASN AFB ADB OAS OAU AFU CIS OSC SCO NON EBR FAO ILO
	IOM ITP WTO`)

// regions are CAMEO's regional "country" codes.
var regions = set(`AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM
	SAS SEA SAF WAF WST`)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isCountry reports whether a three-letter element is a CAMEO country or regional code.
func isCountry(e string) bool {
	_, ok := countries[e]
	return ok || regions[e]
}

// ParseActorCode splits a CAMEO actor code into its parts (see ActorCode). It never fails: an
// element it does not know is left out of the parts, and a trailing element shorter than three
// characters is ignored.
func ParseActorCode(code string) ActorCode {
	c := ActorCode{Code: code}
	up := strings.ToUpper(strings.TrimSpace(code))
	afterTransnational := false
	for i := 0; i+3 <= len(up); i += 3 {
		e := up[i : i+3]
		first := i == 0
		switch {
		case isCountry(e) && (first || (c.Country == "" && afterTransnational)):
			c.Country = e
		case actorTypes[e]:
			c.addType(e)
			afterTransnational = transnational[e]
			continue
		case religions[e]:
			c.addReligion(e)
		case afterTransnational && c.KnownGroup == "" && alnum(e):
			c.KnownGroup = e
		case knownGroups[e] && c.KnownGroup == "":
			c.KnownGroup = e
		case ethnics[e] && c.Ethnic == "":
			c.Ethnic = e
		}
		afterTransnational = false
	}
	return c
}

// alnum reports whether an element is made of ASCII capitals and digits only.
func alnum(e string) bool {
	for i := 0; i < len(e); i++ {
		if b := e[i]; (b < 'A' || b > 'Z') && (b < '0' || b > '9') {
			return false
		}
	}
	return true
}

func (c *ActorCode) addType(t string) {
	switch {
	case c.Type1 == "":
		c.Type1 = t
	case c.Type2 == "":
		c.Type2 = t
	case c.Type3 == "":
		c.Type3 = t
	}
}

func (c *ActorCode) addReligion(r string) {
	switch {
	case c.Religion1 == "":
		c.Religion1 = r
	case c.Religion2 == "":
		c.Religion2 = r
	}
}
