import { ContractColour } from '@village/contracts';

export interface DemoTemplate {
  title: string;
  clauses: string[];
  itemCodes: string[];
}

/**
 * The district's five-colour contract templates (文登区), as a district might word them. Item codes
 * name evaluation items of the rulebook; they are illustrative here.
 */
export const DEMO_DISTRICT_TEMPLATES: Record<ContractColour, DemoTemplate> = {
  [ContractColour.RED]: {
    title: '党员先锋契约',
    clauses: [
      '带头参加“三会一课”和主题党日活动，按时足额交纳党费',
      '带头参与志愿服务，每季度参加志愿服务活动不少于一次',
      '带头化解矛盾纠纷，主动联系群众、反映群众诉求',
      '带头遵守村规民约，移风易俗、勤俭节约办理红白事',
      '带头参与乡村振兴和人居环境整治，做好“门前三包”',
    ],
    itemCodes: ['P04', 'P05', 'P14', 'N04', 'N05', 'N32'],
  },
  [ContractColour.YELLOW]: {
    title: '村民代表模范契约',
    clauses: [
      '按时参加村民代表会议，认真履行议事、决策和监督职责',
      '经常联系所联系户，及时收集和反映群众意见建议',
      '带头执行村民代表会议决议，宣传党的政策和村务公开内容',
      '带头遵守村民自治章程和村规民约，做群众的表率',
    ],
    itemCodes: ['P12', 'P13', 'N29', 'N30', 'N31'],
  },
  [ContractColour.BLUE]: {
    title: '村民自治契约',
    clauses: [
      '遵守村民自治章程和村规民约，参与村级事务民主管理',
      '孝老爱亲、邻里和睦，不参与赌博、封建迷信和非法宗教活动',
      '保持庭院和房前屋后整洁，落实垃圾分类和“门前三包”',
      '积极参加文明实践、社会公益活动和村集体组织的义务劳动',
      '移风易俗，红白事简办，不大操大办、不攀比',
    ],
    itemCodes: ['P03', 'P11', 'P17', 'N01', 'N03', 'N06'],
  },
  [ContractColour.GREEN]: {
    title: '志愿者服务契约',
    clauses: [
      '服从志愿服务队统一安排，每月参加志愿服务不少于一次',
      '参与关爱老人、留守儿童和困难群众的结对帮扶',
      '参与人居环境整治、防汛防火等村级公共事务',
      '如实登记服务时长，不以志愿服务谋取私利',
    ],
    itemCodes: ['P01', 'P07', 'P18'],
  },
  [ContractColour.SILVER]: {
    title: '“五老”调解契约',
    clauses: [
      '参与村调解委员会工作，及时排查化解邻里、婚姻家庭等矛盾纠纷',
      '做到小事不出村、大事不出镇，重大纠纷及时报告',
      '调解中公平公正、依法依规，保护当事人隐私',
      '发挥“五老”威望，开展家风家教和法治宣传',
    ],
    itemCodes: ['P02', 'P20', 'N27'],
  },
};

/** 宋村镇 adds its own duties to the district's BLUE contract. */
export const DEMO_SONGCUN_BLUE_EXTENSION: DemoTemplate = {
  title: '宋村镇村民自治契约',
  clauses: [
    '参与“美丽庭院”创建，每户每年至少参加一次庭院评比',
    '配合网格员做好入户走访、信息采集和安全隐患排查',
  ],
  itemCodes: ['T01'],
};

export const DEMO_WITNESSES = ['王德明（村党支部书记）', '刘秀英（村委会主任）', '张守信（调委会主任）'];

export const DEMO_TERMINATION = { terminatedOn: '-09-30', reason: '本人已迁出本村，契约解除' };
