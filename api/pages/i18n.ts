/**
 * UI labels in Chinese and English. The language comes from `?lang=` (remembered in a
 * cookie), else the cookie, else the browser's Accept-Language; Chinese when nothing says.
 */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export type Lang = 'zh' | 'en';

const LABELS = {
  appName: { zh: '通话质检', en: 'Call QA' },
  signIn: { zh: '登录', en: 'Sign in' },
  signOut: { zh: '退出', en: 'Sign out' },
  token: { zh: '访问令牌', en: 'Access token' },
  tokenHelp: { zh: '由管理员通过 callqa users add 创建', en: 'Created by an administrator with callqa users add' },
  badToken: { zh: '令牌无效', en: 'Unknown token' },
  agents: { zh: '坐席', en: 'Agents' },
  agent: { zh: '坐席', en: 'Agent' },
  team: { zh: '班组', en: 'Team' },
  site: { zh: '职场', en: 'Site' },
  coach: { zh: '辅导员', en: 'Coach' },
  tier: { zh: '分层', en: 'Tier' },
  stars: { zh: '星级', en: 'Stars' },
  rank: { zh: '排名', en: 'Rank' },
  adjustedScore: { zh: '校正得分', en: 'Adjusted score' },
  meanScore: { zh: '平均得分', en: 'Mean score' },
  scoredCalls: { zh: '质检通话数', en: 'Scored calls' },
  change: { zh: '较上期', en: 'Change' },
  interval: { zh: '90% 区间', en: '90% interval' },
  tier_top: { zh: '前 25%', en: 'Top 25%' },
  tier_middle: { zh: '中间 50%', en: 'Middle 50%' },
  tier_bottom: { zh: '后 25%', en: 'Bottom 25%' },
  tier_insufficient_data: { zh: '数据不足', en: 'Insufficient data' },
  period: { zh: '周期', en: 'Period' },
  show: { zh: '查看', en: 'Show' },
  scoreTrend: { zh: '得分趋势', en: 'Score trend' },
  weakestChecks: { zh: '最需辅导的检查项', en: 'Weakest checks' },
  passRate: { zh: '通过率', en: 'Pass rate' },
  failed: { zh: '未通过', en: 'Failed' },
  recentCalls: { zh: '最近通话', en: 'Recent calls' },
  call: { zh: '通话', en: 'Call' },
  date: { zh: '日期', en: 'Date' },
  startedAt: { zh: '开始时间', en: 'Started' },
  duration: { zh: '时长', en: 'Duration' },
  score: { zh: '得分', en: 'Score' },
  status: { zh: '状态', en: 'Status' },
  noData: { zh: '暂无数据', en: 'No data' },
  audio: { zh: '录音', en: 'Recording' },
  transcript: { zh: '转写文本', en: 'Transcript' },
  speaker_agent: { zh: '坐席', en: 'Agent' },
  speaker_customer: { zh: '客户', en: 'Customer' },
  checks: { zh: '检查项', en: 'Checks' },
  check: { zh: '检查项', en: 'Check' },
  outcome: { zh: '结果', en: 'Outcome' },
  outcome_pass: { zh: '通过', en: 'Pass' },
  outcome_fail: { zh: '未通过', en: 'Fail' },
  outcome_na: { zh: '不适用', en: 'N/A' },
  evidence: { zh: '证据', en: 'Evidence' },
  weight: { zh: '权重', en: 'Weight' },
  critical: { zh: '一票否决', en: 'Critical' },
  corrected: { zh: '已更正', en: 'Corrected' },
  automatic: { zh: '自动结果', en: 'Automatic' },
  sentiment: { zh: '情绪曲线', en: 'Sentiment' },
  notes: { zh: '辅导备注', en: 'Coaching notes' },
  addNote: { zh: '添加备注', en: 'Add note' },
  correction: { zh: '更正检查结果', en: 'Correct a check result' },
  reason: { zh: '原因', en: 'Reason' },
  save: { zh: '保存', en: 'Save' },
  autoFailed: { zh: '一票否决', en: 'Auto-failed' },
  automaticScore: { zh: '更正前得分', en: 'Score before corrections' },
  rankings: { zh: '排名', en: 'Rankings' },
  downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
  downloadXlsx: { zh: '下载 Excel', en: 'Download XLSX' },
  kpis: { zh: '运营指标', en: 'KPIs' },
  kpi: { zh: '指标', en: 'Indicator' },
  value: { zh: '实际值', en: 'Value' },
  target: { zh: '目标', en: 'Target' },
  met: { zh: '达标', en: 'Met' },
  missed: { zh: '未达标', en: 'Missed' },
  noTarget: { zh: '无目标', en: 'No target' },
  calls: { zh: '通话量', en: 'Calls' },
  forbidden: { zh: '无权访问', en: 'Not allowed' },
  notFound: { zh: '未找到', en: 'Not found' },
  error: { zh: '出错了', en: 'Something went wrong' },
  health: { zh: '录音状态', en: 'Recording health' },
  redacted: { zh: '已脱敏', en: 'Redacted' },
  wait: { zh: '排队', en: 'Wait' },
  resolved: { zh: '已解决', en: 'Resolved' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  language: { zh: 'English', en: '中文' },
  customerEnd: { zh: '客户结束情绪', en: 'Customer at end' },
  kpi_service_level: { zh: '15 秒接通率', en: 'Service level (15 s)' },
  kpi_abandon_rate: { zh: '呼损率', en: 'Abandon rate' },
  kpi_first_call_resolution: { zh: '一次解决率', en: 'First-call resolution' },
  kpi_recording_success: { zh: '录音成功率', en: 'Recording success' },
  kpi_average_handle_time: { zh: '平均处理时长', en: 'Average handle time' },
  kpi_mean_qa_score: { zh: '平均质检得分', en: 'Mean QA score' },
  exportUnavailable: { zh: '导出模块尚未安装', en: 'Exports are not installed in this build' },
  // Human evaluations and calibration.
  evaluate: { zh: '人工评估', en: 'Evaluate' },
  evaluation: { zh: '人工评估', en: 'Human evaluation' },
  evaluationSaved: { zh: '评估已保存', en: 'Evaluation saved' },
  humanOutcome: { zh: '人工结论', en: 'Your answer' },
  atSeconds: { zh: '录音位置（秒）', en: 'At (seconds)' },
  comment: { zh: '备注', en: 'Comment' },
  officialScore: { zh: '正式得分', en: 'Official score' },
  // Review work as counts (KPIs page; the only review view HR has).
  reviewCounts: { zh: '人工复核工作量', en: 'Human review work' },
  reviewEvaluationsDone: { zh: '完成的人工评估', en: 'Evaluations done' },
  reviewEvaluatedCalls: { zh: '已评估通话', en: 'Calls evaluated' },
  reviewCalibrationSessions: { zh: '校准会议', en: 'Calibration sessions' },
  reviewDisputesOpen: { zh: '申诉（待处理）', en: 'Disputes open' },
  reviewDisputesAccepted: { zh: '申诉（已采纳）', en: 'Disputes accepted' },
  reviewDisputesRejected: { zh: '申诉（已驳回）', en: 'Disputes rejected' },
  reviewSurveysImported: { zh: '导入的满意度调查', en: 'Surveys imported' },
  source_automatic: { zh: '自动', en: 'automatic' },
  source_corrected: { zh: '已更正', en: 'corrected' },
  source_human: { zh: '人工', en: 'human' },
  calibration: { zh: '校准', en: 'Calibration' },
  evaluatedCalls: { zh: '已评估通话', en: 'Evaluated calls' },
  agreement: { zh: '一致率', en: 'Agreement' },
  kappa: { zh: 'Kappa', en: 'Kappa' },
  failPrecision: { zh: '不合格精确率', en: 'Fail precision' },
  failRecall: { zh: '不合格召回率', en: 'Fail recall' },
  confusionTable: { zh: '混淆表（行：自动，列：人工）', en: 'Confusion (rows: automatic, columns: human)' },
  disagreements: { zh: '不一致的通话', en: 'Disagreeing calls' },
  sampleEnough: { zh: '样本足够', en: 'Sample large enough' },
  sampleRule: { zh: '95% 区间半宽 ≤ 10 个百分点即视为样本足够', en: 'Large enough: the 95% interval is at most ±10 points wide' },
  scorecardVersion: { zh: '质检表版本', en: 'Scorecard version' },
  from: { zh: '起始日期', en: 'From' },
  to: { zh: '截止日期', en: 'To' },
  sessions: { zh: '校准会', en: 'Calibration sessions' },
  newSession: { zh: '新建校准会', en: 'New session' },
  sessionName: { zh: '名称', en: 'Name' },
  callIdsOnePerLine: { zh: '通话 ID（每行一个）', en: 'Call ids (one per line)' },
  analysts: { zh: '质检员', en: 'Analysts' },
  fleissKappa: { zh: 'Fleiss kappa', en: "Fleiss' kappa" },
  overall: { zh: '总体', en: 'Overall' },
  items: { zh: '条目', en: 'Items' },
  itemsLeftOut: { zh: '未全员评估（不计）', en: 'Not rated by all (left out)' },
  agreedAnswer: { zh: '与多数意见一致', en: 'Agreement with the majority answer' },
  majorityRule: { zh: '多数意见：每项取最多人给出的结论；平票则无多数意见，不计入', en: 'Majority answer: the outcome most analysts gave; a tie has none and is not counted' },
  // Calls search, review queue and claims, disputes.
  callsSearch: { zh: '通话查询', en: 'Calls' },
  reviewQueue: { zh: '待复核队列', en: 'Review queue' },
  disputes: { zh: '申诉', en: 'Disputes' },
  queue: { zh: '技能组', en: 'Queue' },
  scoreMin: { zh: '最低分', en: 'Min score' },
  scoreMax: { zh: '最高分', en: 'Max score' },
  failedCheck: { zh: '未通过检查项', en: 'Failed check' },
  any: { zh: '全部', en: 'Any' },
  customerEnding: { zh: '客户结束情绪', en: 'Customer ending' },
  ending_neg: { zh: '负面', en: 'Negative' },
  ending_neu: { zh: '中性', en: 'Neutral' },
  ending_pos: { zh: '正面', en: 'Positive' },
  reviewStatus: { zh: '复核状态', en: 'Review status' },
  review_unreviewed: { zh: '未复核', en: 'Unreviewed' },
  review_claimed: { zh: '复核中', en: 'Claimed' },
  review_evaluated: { zh: '已评估', en: 'Evaluated' },
  disputeStatus: { zh: '申诉状态', en: 'Dispute status' },
  dispute_none: { zh: '无申诉', en: 'None' },
  dispute_open: { zh: '待处理', en: 'Open' },
  dispute_accepted: { zh: '已接受', en: 'Accepted' },
  dispute_rejected: { zh: '已驳回', en: 'Rejected' },
  sortBy: { zh: '排序', en: 'Sort' },
  sort_date: { zh: '按日期', en: 'By date' },
  sort_score: { zh: '按得分', en: 'By score' },
  sort_agent: { zh: '按坐席', en: 'By agent' },
  order_desc: { zh: '降序', en: 'Descending' },
  order_asc: { zh: '升序', en: 'Ascending' },
  search: { zh: '查询', en: 'Search' },
  nextPage: { zh: '下一页', en: 'Next' },
  previousPage: { zh: '上一页', en: 'Previous' },
  totalFound: { zh: '共找到', en: 'Found' },
  reasons: { zh: '原因', en: 'Reasons' },
  'reason_open-dispute': { zh: '待处理申诉', en: 'Open dispute' },
  'reason_critical-fail': { zh: '一票否决', en: 'Critical fail' },
  'reason_customer-negative-end': { zh: '客户负面结束', en: 'Customer ended negative' },
  'reason_low-confidence': { zh: '低置信度', en: 'Low confidence' },
  'reason_random-audit': { zh: '随机抽检', en: 'Random audit' },
  waited: { zh: '已等待', en: 'Waited' },
  claimAndOpen: { zh: '领取并打开', en: 'Claim & open' },
  claimedBy: { zh: '领取人', en: 'Claimed by' },
  releaseClaim: { zh: '放回队列', en: 'Release' },
  openCall: { zh: '打开', en: 'Open' },
  queueWindow: { zh: '覆盖日期', en: 'Service dates' },
  requestedOutcome: { zh: '申请改为', en: 'Asked for' },
  openDispute: { zh: '提出申诉', en: 'Dispute' },
  acceptDispute: { zh: '接受（更正结果）', en: 'Accept (correct it)' },
  rejectDispute: { zh: '驳回', en: 'Reject' },
  history: { zh: '处理记录', en: 'History' },
  event_opened: { zh: '提出', en: 'opened' },
  event_commented: { zh: '评论', en: 'commented' },
  event_accepted: { zh: '接受', en: 'accepted' },
  event_rejected: { zh: '驳回', en: 'rejected' },
  openedBy: { zh: '申诉人', en: 'Opened by' },
  // Runs page: nightly runs and, on Postgres, the night on the job queue.
  runs: { zh: '批处理', en: 'Runs' },
  runStatus: { zh: '状态', en: 'Status' },
  runStarted: { zh: '开始', en: 'Started' },
  runFinished: { zh: '结束', en: 'Finished' },
  callsDone: { zh: '完成', en: 'Done' },
  callsFailed: { zh: '失败', en: 'Failed' },
  callsInProgress: { zh: '处理中', en: 'In progress' },
  jobQueue: { zh: '任务队列', en: 'Job queue' },
  stageGroup: { zh: '阶段组', en: 'Stage group' },
  jobsWaiting: { zh: '等待', en: 'Waiting' },
  jobsRunning: { zh: '运行中', en: 'Running' },
  perMinute: { zh: '每分钟', en: 'Per minute' },
  workersAlive: { zh: '在线 worker', en: 'Workers alive' },
  estimatedFinish: { zh: '预计完成', en: 'Estimated finish' },
  unknown: { zh: '未知', en: 'unknown' },
  noRuns: { zh: '暂无批处理', en: 'No runs yet' },
  // Customer surveys.
  surveys: { zh: '满意度调查', en: 'Surveys' },
  surveyCount: { zh: '调查数', en: 'Surveys' },
  surveySatisfaction: { zh: '平均满意度', en: 'Mean satisfaction' },
  surveySatisfaction01: { zh: '满意度（0–1）', en: 'Satisfaction (0–1)' },
  surveyQaScore: { zh: '质检得分（同批通话）', en: 'QA score (same calls)' },
  surveyNegativeEnding: { zh: '客户结束时负面', en: 'Customer ended negative' },
  surveyCorrelations: { zh: '相关性（Spearman）', en: 'Correlation (Spearman)' },
  surveyAcrossAgents: { zh: '按坐席', en: 'Across agents' },
  surveyAcrossCalls: { zh: '按通话', en: 'Across calls' },
  surveyVsQa: { zh: '满意度 vs 质检得分', en: 'Satisfaction vs QA score' },
  surveyVsEnding: { zh: '满意度 vs 客户结束情绪', en: 'Satisfaction vs customer ending sentiment' },
  surveyVsNegative: { zh: '满意度 vs 负面结束占比', en: 'Satisfaction vs share ending negative' },
  surveyTooFew: { zh: '样本太少，无法判断', en: 'too few to say' },
  surveyScale: { zh: '量表', en: 'Scale' },
  surveyMixedScales: { zh: '包含不同量表的导入，已按 0–1 换算', en: 'imports on different scales, converted through 0–1' },
  surveyComments: { zh: '客户留言（满意度最低在前）', en: 'Customer comments (lowest satisfaction first)' },
  surveyImport: { zh: '导入调查 CSV', en: 'Import a survey CSV' },
  surveyImportHelp: { zh: '表头：call_id,satisfaction[,comment]；同一通话再次导入会替换原答案', en: 'Header: call_id,satisfaction[,comment]; importing a call again replaces its answer' },
  surveyFile: { zh: '文件', en: 'File' },
  surveyEncoding: { zh: '编码', en: 'Encoding' },
  surveyImported: { zh: '已导入', en: 'Imported' },
  surveyAccepted: { zh: '接受', en: 'accepted' },
  surveyReplaced: { zh: '替换原答案', en: 'replacing an earlier answer' },
  surveyRejected: { zh: '拒绝', en: 'rejected' },
  surveyLine: { zh: '行', en: 'Line' },
  surveyField: { zh: '字段', en: 'Field' },
  surveyReason: { zh: '原因', en: 'Reason' },
  period_week: { zh: '按周', en: 'By week' },
  period_month: { zh: '按月', en: 'By month' },
} as const satisfies Record<string, Record<Lang, string>>;

export type LabelKey = keyof typeof LABELS;
export type T = (key: LabelKey) => string;

export function translator(lang: Lang): T {
  return (key) => LABELS[key][lang];
}

/** A label key built from data (e.g. `tier_top`), falling back to the raw value. */
export function dynamicLabel(t: T, key: string, fallback: string): string {
  return key in LABELS ? t(key as LabelKey) : fallback;
}

export const LANG_COOKIE = 'lang';

/** Picks the language for this request and remembers an explicit `?lang=` choice. */
export function chooseLang(c: Context): Lang {
  const asked = c.req.query('lang');
  if (asked === 'zh' || asked === 'en') {
    setCookie(c, LANG_COOKIE, asked, { path: '/', sameSite: 'Lax', maxAge: 365 * 24 * 3600 });
    return asked;
  }
  const saved = getCookie(c, LANG_COOKIE);
  if (saved === 'zh' || saved === 'en') return saved;
  return fromAcceptLanguage(c.req.header('accept-language'));
}

/** The first of zh/en in the header's preference order; zh when neither appears. */
export function fromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'zh';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { tag, q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh';
}
