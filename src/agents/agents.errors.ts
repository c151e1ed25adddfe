import { defineErrors } from '../common/errors/error-definition';

/** Agents (代理人) and their powers of attorney (授权委托书). */
export const AGENTS_ERRORS = defineErrors({
  AGENT_NOT_FOUND: { status: 404, zh: '找不到该代理人委托', en: 'Agency not found' },
  AGENT_POA_REQUIRED: { status: 400, zh: '请上传授权委托书', en: 'The power of attorney file is required' },
  AGENT_PARTY_NOT_YOURS: { status: 403, zh: '只能为自己一方的当事人委托或撤销代理人', en: 'You can only name or revoke agents of your own party' },
  AGENT_IS_PARTY: { status: 400, zh: '代理人不能是本案的当事人', en: 'A party of the case cannot be an agent' },
  AGENT_OTHER_SIDE: { status: 409, zh: '该代理人已代理对方当事人，不能同时代理双方', en: 'This agent already acts for the other side' },
  AGENT_ALREADY_NAMED: { status: 409, zh: '该代理人已在审核中或已获批准，无需重复添加', en: 'This agent is already pending or approved' },
  AGENT_EMPLOYEE_ORGANIZATION_ONLY: { status: 400, zh: '只有单位当事人才能委托本单位员工', en: 'Only an organisation party can name an employee' },
  AGENT_NOT_PENDING: { status: 409, zh: '该委托已审核，无需重复操作', en: 'This agency was already decided' },
  AGENT_NOT_ACTIVE: { status: 409, zh: '该委托已被驳回或撤销', en: 'This agency is no longer active' },
  AGENT_DECIDED_BY_MEDIATOR: { status: 403, zh: '本案已有调解员，由调解员审核或撤销代理人', en: 'The assigned mediator decides on agents of this case' },
  AGENT_SPECIAL_AUTHORITY_REQUIRED: { status: 403, zh: '一般授权的代理人不能代为签署，需要特别授权', en: 'An agent with general authority cannot sign; special authority is required' },
  AGENT_CASE_CLOSED: { status: 409, zh: '案件已结束，不能再委托代理人', en: 'The case is closed' },
});
