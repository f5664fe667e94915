/**
 * Whether a word an agent said where the scorecard expects their surname can be a surname at all —
 * for the evidence only: a coach told "the agent gave the surname 好" (from 「…听得清吗，好，这边是…」) or
 * "the surname “the”" reads a wrong name into the call (issue 11). Pass and fail do not depend on this:
 * the roster comparison (surname.ts) decides; this only decides whether the evidence may name what was heard.
 */

/**
 * About 400 single-character Mandarin surnames, the common ones first (those of the great majority of
 * people in mainland China and Taiwan). A character outside it is far more often a word the matcher
 * lined up with the slot than a rare surname.
 */
const ZH_SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由欧阳司马上官诸葛东方皇甫尉迟公孙慕容长孙宇文轩辕令狐钟离夏侯',
);

/** Words ASR writes capitalised at a sentence start, or that a greeting puts where a name goes. */
const EN_NOT_NAMES = new Set(['i', "i'm", "it's", "you're", "we're", "that's", "here's", 'a', 'an', 'the', 'this', 'that', 'it', 'my', 'your', 'you', 'we', 'our', 'me', 'is', 'am', 'are', 'and', 'on', 'in', 'to', 'of', 'for', 'with', 'at', 'by', 'from', 'hello', 'hi', 'hey', 'good', 'thank', 'thanks', 'yes', 'no', 'okay', 'ok', 'so', 'well', 'here', 'there', 'now', 'person', 'name', 'speaking', 'agent', 'team', 'desk', 'line', 'how', 'what', 'can', 'may', 'help']);

/** True for an English word a greeting or a sentence puts where a name could go, never a name itself. */
export function isEnglishFunctionWord(word: string): boolean {
  return EN_NOT_NAMES.has(word.toLowerCase());
}

/**
 * True when `spoken` (the words lined up with a surname slot) can be a surname: Han characters that are
 * all surname characters (compound surnames included), or one capitalised word — ASR writes names
 * capitalised — that is not a function word or a greeting's word.
 */
export function canBeSurname(spoken: string): boolean {
  const han = spoken.match(/\p{Script=Han}/gu);
  if (han) return han.length <= 2 && han.every((c) => ZH_SURNAMES.has(c));
  const words = spoken.match(/[A-Za-z'’-]+/g) ?? [];
  return words.length === 1 && /^[A-Z]/.test(words[0]) && !EN_NOT_NAMES.has(words[0].toLowerCase());
}
