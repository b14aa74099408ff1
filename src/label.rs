//! Chinese names for domain values (中文名称), the Chinese rendering of errors (中文说明), and
//! the phrasebook that renders the English phrases errors carry.

use std::fmt;

use schemars::JsonSchema;
use serde::Serialize;

/// The Chinese term for a domain value, as a clerk would write it (中文名称).
///
/// # Examples
///
/// ```
/// use township_congress::{Label, roster::Post};
///
/// assert_eq!(Post::ViceChair.label_zh(), "人大副主席");
/// ```
#[doc(alias = "中文名称")]
pub trait Label {
    /// The Chinese term.
    fn label_zh(&self) -> &'static str;
}

/// A refusal as a clerk reads it, in Chinese (中文说明): `to_string()` gives the sentence.
///
/// Every error of the crate returns one from its `zh()` method ([`crate::Error::zh`],
/// [`crate::session::SessionError::zh`], …); the sentence is a second rendering of the same
/// variant, with the same numbers and the same citation as the English message.
///
/// # Examples
///
/// ```
/// use township_congress::ids::ActivityId;
/// use township_congress::supervision::SupervisionError;
///
/// let e = SupervisionError::UnknownActivity { activity: ActivityId::from_u128(7) };
/// assert_eq!(e.zh().to_string(), "没有编号为00000000-0000-0000-0000-000000000007的监督活动");
/// ```
#[doc(alias = "中文说明")]
#[derive(Debug, Clone, Copy)]
pub struct Zh<'e, E: ?Sized>(pub(crate) &'e E);

/// The Chinese of an English phrase an error carries in a `&'static str` field (an act, who
/// may do it, a phase, what is missing), or the phrase itself when the phrasebook lacks it.
///
/// The phrases stay English on the wire, where integrators read them beside the code; the
/// Chinese sentence renders them through this one table.
#[must_use]
pub(crate) fn phrase_zh(en: &'static str) -> &'static str {
    PHRASES
        .iter()
        .find(|(e, _)| *e == en)
        .map_or(en, |(_, zh)| zh)
}

/// A person or body an error names in English text (`deputy <id>`, `the presidium`, a
/// citizen's name), in Chinese: `代表<id>`, `主席团`, the name.
#[must_use]
pub(crate) fn person_zh(en: &str) -> String {
    match en.strip_prefix("deputy ") {
        Some(id) => format!("代表{id}"),
        None => PHRASES
            .iter()
            .find(|(e, _)| *e == en)
            .map_or_else(|| en.to_owned(), |(_, zh)| (*zh).to_owned()),
    }
}

/// English phrase → Chinese, for every phrase an error field carries. A test scans the
/// sources for phrases without an entry.
#[rustfmt::skip]
const PHRASES: &[(&str, &str)] = &[
    // Acts (who may not do what).
    ("fix the deputy quota", "确定代表名额"),
    ("draw constituencies", "划分选区"),
    ("report deputies elected", "报告代表当选"),
    ("announce an accepted resignation", "公告接受代表辞职"),
    ("record the recall of a deputy", "登记罢免代表"),
    ("record a recall request", "登记罢免要求"),
    ("record a recall defence", "登记罢免申辩意见"),
    ("record a recall vote", "登记罢免表决结果"),
    ("report on credentials", "报告代表资格审查结果"),
    ("decide on credentials", "决定代表资格"),
    ("announce a termination", "公告代表资格终止"),
    ("report a mandate terminated", "报告代表资格终止"),
    ("report an absence without leave", "报告代表未经批准缺席"),
    ("report a suspension", "报告暂停执行代表职务"),
    ("report a reinstatement", "报告恢复执行代表职务"),
    ("announce an officer elected", "公告当选人员"),
    ("announce an officer leaving office", "公告人员离任"),
    ("record an administrative post", "登记代表担任的行政职务"),
    ("form a deputy group", "组建代表小组"),
    ("change a deputy group", "调整代表小组成员"),
    ("open the contact office", "设立代表联络办公室"),
    ("open a contact station", "设立代表联络站"),
    ("assign deputies to stations", "安排代表进站"),
    ("register a government unit", "登记政府工作部门"),
    ("approve leave", "批准请假"),
    ("call an election", "启动选举"),
    ("close a session", "宣布会议闭幕"),
    ("close a vote", "宣布表决结束"),
    ("convene the term's first session", "召集本届第一次会议"),
    ("fix the formal candidates", "确定正式候选人"),
    ("nominate in the presidium's name", "以主席团名义提名候选人"),
    ("open a session", "宣布会议开幕"),
    ("prepare a session", "登记会前准备事项"),
    ("put an item on the agenda", "将事项列入议程"),
    ("record a ballot count", "登记计票结果"),
    ("record a deputy absent", "登记代表缺席"),
    ("record a joint nomination", "登记代表联名提名"),
    ("record a non-voting attendee", "登记列席人员"),
    ("record a primary's count", "登记预选计票结果"),
    ("register another deputy present", "替其他代表登记出席"),
    ("sign an interim-session proposal", "联名提议召开临时会议"),
    ("sign an interim-session proposal for another deputy", "替其他代表联名提议召开临时会议"),
    ("vote for a deputy", "代替代表表决"),
    ("vote", "表决"),
    ("record the presidium a session elected", "登记会议选出的主席团"),
    ("convene a presidium meeting", "召集主席团会议"),
    ("attend a presidium meeting", "出席主席团会议"),
    ("put a motion to the presidium", "向主席团提出议题"),
    ("vote in the presidium", "在主席团会议上表决"),
    ("close a presidium vote", "宣布主席团表决结束"),
    ("close a presidium meeting", "宣布主席团会议结束"),
    ("delegate the chair's work", "委托副主席主持工作"),
    ("end a delegation", "结束委托"),
    // Who may.
    ("the county standing committee", "县级人大常委会"),
    ("the county standing committee, which presides over the vote", "主持罢免表决的县级人大常委会"),
    ("the election committee", "选举委员会"),
    ("the credentials committee", "代表资格审查委员会"),
    ("the presidium", "主席团"),
    ("the presidium or congress staff", "主席团或人大干事"),
    ("the township government", "乡镇人民政府"),
    ("a deputy, in person", "代表本人"),
    ("the deputy, in person", "代表本人"),
    ("congress staff", "人大干事"),
    ("congress staff (the tellers)", "人大干事（计票人）"),
    ("congress staff or one of its signers", "人大干事或联名代表之一"),
    ("congress staff or the deputy themself", "人大干事或代表本人"),
    ("the previous congress's presidium", "上届主席团"),
    ("the chair", "人大主席"),
    ("the chair, in writing", "人大主席（书面委托）"),
    (
        "the chair; a vice-chair when the chair's post is vacant, the chair cannot act, or on the chair's written delegation",
        "人大主席；主席缺位、不能履职或书面委托时，由副主席",
    ),
    ("a member of the presidium on that day", "当日的主席团成员"),
    // Phases and stages: what a session or an election is, and what a command needs.
    ("scheduled, not yet open", "已决定召开、尚未开幕"),
    ("sitting", "正在举行"),
    ("closed", "已闭幕"),
    ("not closed", "尚未闭幕"),
    ("scheduled or sitting", "已决定召开或正在举行"),
    ("at its preparatory meeting, before opening", "在开幕前的预备会议阶段"),
    (
        "not yet called (an interim session is proposed before it is convened)",
        "尚未召集（临时会议须在召集前提议）",
    ),
    ("taking nominations", "处于提名阶段"),
    ("balloting", "处于投票阶段"),
    ("completed", "已选举完成"),
    ("seats left unfilled and no new nominations", "有未选足的名额且尚无新的提名"),
    ("the term's first session", "每届第一次会议"),
    ("a regular session", "例会"),
    ("an interim session", "临时会议"),
    ("present", "出席"),
    ("on leave", "请假"),
    ("absent without leave", "未经批准缺席"),
    // What is missing or already done.
    ("the session must elect its presidium", "会议须先选举主席团"),
    ("the session must adopt its agenda", "会议须先通过议程"),
    ("the preparatory meeting must elect the session's presidium", "预备会议须先选举本次会议主席团"),
    ("the preparatory meeting must adopt the agenda", "预备会议须先通过本次会议议程"),
    ("the presidium's election is", "主席团选举"),
    ("the agenda's adoption is", "议程的通过"),
    ("this attendee's registration", "该列席人员的登记"),
    ("nothing", "该事项"),
    ("not a serving deputy that day", "当日不是在任代表"),
    ("the chair and vice-chairs are elected from the deputies", "人大主席、副主席须从代表中选出"),
    ("not stated", "未载明"),
    ("suggestions", "建议"),
    ("plan items", "工作计划项目"),
    ("proposed by enough deputies", "经法定人数的代表提议"),
    ("not proposed by enough deputies", "未经法定人数的代表提议"),
    ("not stated (the motion calls no interim session)", "未载明（该议题不是召开临时会议）"),
    // Figures a replayed entry must reproduce.
    ("vote result", "表决结果"),
    ("formal candidates", "正式候选人"),
    ("ballots issued", "发出的选票数"),
    ("ballots returned", "收回的选票数"),
    ("round", "投票轮次"),
    ("election outcome", "选举结果"),
    ("opening attendance (present, all, required)", "开幕时的出席情况（出席、全体代表、应出席）"),
    ("votes for all persons", "所有被选举人的得票"),
    // The roster.
    ("deputy", "代表"),
    ("constituency", "选区"),
    ("contact station", "代表联络站"),
    ("unit", "单位"),
    ("deputy group", "代表小组"),
    ("a general election", "换届选举"),
    ("a by-election", "补选"),
    ("on or before", "当日或之前"),
    ("after", "之后"),
    ("is serving", "在任"),
    ("is suspended", "被暂停执行代表职务"),
    ("holds a mandate", "具有代表资格"),
    ("no longer holds a mandate", "已不具有代表资格"),
    ("accepting the resignation", "接受辞职"),
    ("recalling the deputy", "罢免代表"),
    // Facts the congress decides at a session.
    ("a deputy's resignation accepted", "接受代表辞职"),
    ("an officer elected", "人员当选"),
    ("an officer's resignation", "人员辞职"),
    ("an officer's recall", "罢免人员"),
    ("an absence without leave", "代表未经批准缺席"),
    ("the presidium's membership", "主席团组成人员"),
    // The rubric.
    ("a Chinese name", "中文名称"),
    ("an English name", "英文名称"),
    ("the source", "依据来源"),
    ("the score without evidence", "无证据时的得分"),
    ("a band", "档次得分"),
    ("a level", "等级得分"),
    ("the floor", "扣分下限"),
    ("the rubric's name", "考核办法名称"),
    ("the total plus the bonus cap", "总分与加分上限之和"),
    ("band", "档次"),
    ("level", "等级"),
    ("dimension", "考核维度"),
    ("indicator", "考核指标"),
    ("bonus item", "加分项目"),
    ("grade", "等次"),
    ("indicators", "指标"),
    ("dimensions", "维度"),
    ("ledger", "档案"),
    ("veto", "一票否决"),
    (
        "a deputy group's duties need a deputy group (组织法2022 第四十三条第三款)",
        "有代表小组才谈得上代表小组的职责（组织法2022 第四十三条第三款）",
    ),
];

#[cfg(test)]
mod tests;

/// A value an error shows, already put into words in English and in Chinese (文字表述).
///
/// Replay errors compare what an entry records with what the record gives; the two values
/// (a vote result, a list of candidates, an event) are shown in words, not as data dumps.
/// `Display` prints the English.
///
/// # Examples
///
/// ```
/// use township_congress::error::Words;
///
/// let w = Words::new("9 for", "赞成9票");
/// assert_eq!(w.to_string(), "9 for");
/// assert_eq!(w.zh, "赞成9票");
/// ```
#[doc(alias = "文字表述")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Words {
    /// In English.
    pub en: String,
    /// In Chinese.
    pub zh: String,
}

impl Words {
    /// A value in both languages.
    #[must_use]
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Self {
        Self {
            en: en.into(),
            zh: zh.into(),
        }
    }

    /// The same text in both languages: numbers, dates, ids.
    #[must_use]
    pub fn same(text: impl fmt::Display) -> Self {
        let text = text.to_string();
        Self {
            zh: text.clone(),
            en: text,
        }
    }
}

impl fmt::Display for Words {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

/// A figure an event carries, put into words for a replay mismatch (文字表述).
pub(crate) trait InWords {
    /// The figure in English and in Chinese.
    fn words(&self) -> Words;
}

impl InWords for u32 {
    fn words(&self) -> Words {
        Words::same(self)
    }
}

/// Yes or no: `yes` / `是`.
impl InWords for bool {
    fn words(&self) -> Words {
        if *self {
            Words::new("yes", "是")
        } else {
            Words::new("no", "否")
        }
    }
}

/// A session, or none: `session <id>` / `会议<id>`, `no session` / `无`.
impl InWords for Option<crate::ids::SessionId> {
    fn words(&self) -> Words {
        match self {
            Some(s) => Words::new(format!("session {s}"), format!("会议{s}")),
            None => Words::new("no session", "无"),
        }
    }
}

/// Deputies one after another: `2 deputies: <id>, <id>` / `代表2名：<id>、<id>`; `none` / `无`.
impl InWords for std::collections::BTreeSet<crate::ids::DeputyId> {
    fn words(&self) -> Words {
        if self.is_empty() {
            return Words::new("none", "无");
        }
        let ids: Vec<String> = self.iter().map(ToString::to_string).collect();
        Words::new(
            format!("{} deputies: {}", ids.len(), ids.join(", ")),
            format!("代表{}名：{}", ids.len(), ids.join("、")),
        )
    }
}
