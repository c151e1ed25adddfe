import { anonymise } from './anonymiser';

const PEOPLE = [{ name: '张三', label: '申请人' }, { name: '李四', label: '被申请人' }];

describe('anonymise', () => {
  it('replaces the parties’ names and their familiar forms', () => {
    expect(anonymise('李四向张三借款，张先生多次催要，老李一直未还。', PEOPLE)).toBe('被申请人向申请人借款，申请人多次催要，被申请人一直未还。');
  });

  it('removes resident ID numbers, bank cards, phones and e-mail', () => {
    const out = anonymise('身份证11010519491231002X，旧证110105491231002，卡号6222 0212 3456 7890 123，手机138-0013-8000，座机023-42345678，邮箱zs@example.com');
    expect(out).toBe('身份证[身份证号]，旧证[身份证号]，卡号[银行卡号]，手机[电话]，座机[电话]，邮箱[邮箱]');
  });

  it('removes mobile numbers written with +86 or spaces', () => {
    expect(anonymise('联系+86 139 0013 9000或13900139000')).toBe('联系[电话]或[电话]');
  });

  it('removes addresses, with or without a 住址 label', () => {
    expect(anonymise('被申请人住址：重庆市合川区南津街街道希尔安大道88号3栋2单元501室，')).toBe('被申请人住址：[地址]，');
    expect(anonymise('在重庆市合川区希尔安大道88号3栋门口发生纠纷')).toBe('在[地址]门口发生纠纷');
    expect(anonymise('楼上的滨江花园5栋1单元602室漏水')).toContain('[地址]');
  });

  it('removes vehicle plates, including new-energy ones', () => {
    expect(anonymise('渝A12345与渝AD12345相撞，川B·7K8M9倒车')).toBe('[车牌号]与[车牌号]相撞，[车牌号]倒车');
  });

  it('keeps the facts that matter for similar cases', () => {
    const text = '借款30万元，约定年利率12%，2025年3月1日到期，出具借条。';
    expect(anonymise(text, PEOPLE)).toBe(text);
  });
});
