// Realistic cases for missing-list-items, omission and length-anomaly in every claimed language
// pair (zh, ja, de, fr, es <-> en). `expect`: true = the rule must report the pair, false = it
// must not, absent = either is acceptable (e.g. a truncated list also shortens the pair).

export interface Case {
  name: string;
  sl: string;
  src: string;
  tl: string;
  tgt: string;
  expect: { list?: boolean; omission?: boolean; length?: boolean };
}

const OK = { list: false, omission: false, length: false };
const LIST = { list: true };

export const CASES: Case[] = [
  // ---------------------------------------------------------------- zh -> en, lists
  {
    name: 'zh 第一/第二/第三 inline, complete',
    sl: 'zh', src: '针对中小企业，政府提出三项措施：第一，降低贷款利率；第二，延长税收减免期限；第三，简化出口审批流程。',
    tl: 'en', tgt: 'For small businesses, the government proposed three measures: first, lower lending rates; second, extend the tax relief period; third, simplify export approvals.',
    expect: OK,
  },
  {
    name: 'zh 第一/第二/第三 inline, third dropped',
    sl: 'zh', src: '针对中小企业，政府提出三项措施：第一，降低贷款利率；第二，延长税收减免期限；第三，简化出口审批流程。',
    tl: 'en', tgt: 'For small businesses, the government proposed three measures: first, lower lending rates; second, extend the tax relief period.',
    expect: LIST,
  },
  {
    name: 'zh 首先/其次/最后, complete',
    sl: 'zh', src: '要做好这件事，首先要摸清现有设备的底数，其次要制定分阶段的改造计划，最后要建立长期的运维机制。',
    tl: 'en', tgt: 'To get this right, we must first take stock of the existing equipment, then draw up a phased upgrade plan, and finally set up a long-term maintenance system.',
    expect: OK,
  },
  {
    name: 'zh 首先/其次/最后, last dropped',
    sl: 'zh', src: '要做好这件事，首先要摸清现有设备的底数。其次要制定分阶段的改造计划。最后要建立长期的运维机制，确保设备持续稳定运行。',
    tl: 'en', tgt: 'To get this right, first, we must take stock of the existing equipment. Second, we must draw up a phased upgrade plan.',
    expect: LIST,
  },
  {
    name: 'zh 一是/二是/三是, complete',
    sl: 'zh', src: '今年的工作重点有三个方面：一是稳定就业，二是扩大内需，三是防范化解金融风险。',
    tl: 'en', tgt: 'This year\'s work focuses on three areas: stabilising employment, expanding domestic demand, and preventing and defusing financial risks.',
    expect: OK,
  },
  {
    name: 'zh 一是/二是/三是, third dropped',
    sl: 'zh', src: '今年的工作重点有三个方面：一是稳定就业，二是扩大内需，三是防范化解金融风险。',
    tl: 'en', tgt: 'This year\'s work focuses on three areas: stabilising employment and expanding domestic demand.',
    expect: LIST,
  },
  {
    name: 'zh ①②③④, complete as (1)-(4)',
    sl: 'zh', src: '申请材料包括：①营业执照复印件；②法定代表人身份证明；③近三年财务报表；④项目可行性报告。',
    tl: 'en', tgt: 'The application must include: (1) a copy of the business licence; (2) proof of identity of the legal representative; (3) financial statements for the past three years; (4) a project feasibility report.',
    expect: OK,
  },
  {
    name: 'zh ①②③④, ④ dropped',
    sl: 'zh', src: '申请材料包括：①营业执照复印件；②法定代表人身份证明；③近三年财务报表；④项目可行性报告。',
    tl: 'en', tgt: 'The application must include: (1) a copy of the business licence; (2) proof of identity of the legal representative; (3) financial statements for the past three years.',
    expect: LIST,
  },
  {
    name: 'zh (1)(2)(3) lines, complete',
    sl: 'zh', src: '本次升级涉及以下内容：\n（1）数据库迁移至新集群；\n（2）接口鉴权改为令牌方式；\n（3）旧版客户端停止服务。',
    tl: 'en', tgt: 'This upgrade covers the following:\n(1) the database moves to a new cluster;\n(2) API authentication switches to tokens;\n(3) old clients are no longer supported.',
    expect: OK,
  },
  {
    name: 'zh (1)(2)(3) lines, (2) dropped',
    sl: 'zh', src: '本次升级涉及以下内容：\n（1）数据库迁移至新集群；\n（2）接口鉴权改为令牌方式；\n（3）旧版客户端停止服务。',
    tl: 'en', tgt: 'This upgrade covers the following:\n(1) the database moves to a new cluster;\n(3) old clients are no longer supported.',
    expect: LIST,
  },
  {
    name: 'zh 1. 2. 3. lines, complete',
    sl: 'zh', src: '安装步骤：\n1. 下载安装包并解压。\n2. 运行安装脚本。\n3. 在浏览器中打开管理页面完成配置。',
    tl: 'en', tgt: 'Installation steps:\n1. Download the package and unpack it.\n2. Run the install script.\n3. Open the admin page in a browser to finish the setup.',
    expect: OK,
  },
  {
    name: 'zh 1. 2. 3. lines, step 3 dropped',
    sl: 'zh', src: '安装步骤：\n1. 下载安装包并解压。\n2. 运行安装脚本。\n3. 在浏览器中打开管理页面完成配置。',
    tl: 'en', tgt: 'Installation steps:\n1. Download the package and unpack it.\n2. Run the install script.',
    expect: LIST,
  },
  {
    name: 'zh bullets -, complete',
    sl: 'zh', src: '新版本的主要变化：\n- 支持深色模式\n- 启动速度提升一倍\n- 修复了同步失败的问题',
    tl: 'en', tgt: 'Main changes in the new version:\n- Dark mode support\n- Twice as fast to start\n- Fixed sync failures',
    expect: OK,
  },
  {
    name: 'zh bullets -, one dropped',
    sl: 'zh', src: '新版本的主要变化：\n- 支持深色模式\n- 启动速度提升一倍\n- 修复了同步失败的问题',
    tl: 'en', tgt: 'Main changes in the new version:\n- Dark mode support\n- Fixed sync failures',
    expect: LIST,
  },
  {
    name: 'zh 一、二、三、 headings lines, complete',
    sl: 'zh', src: '一、总体要求\n二、主要任务\n三、保障措施\n四、组织实施',
    tl: 'en', tgt: 'I. General requirements\nII. Main tasks\nIII. Safeguards\nIV. Implementation',
    expect: { list: false },
  },
  {
    name: 'zh 一、二、三、四、 lines, four dropped',
    sl: 'zh', src: '一、总体要求\n二、主要任务\n三、保障措施\n四、组织实施',
    tl: 'en', tgt: '1. General requirements\n2. Main tasks\n3. Safeguards',
    expect: LIST,
  },
  {
    name: 'zh inline 三大优势 announced, complete',
    sl: 'zh', src: '该地区具有三大优势：人才储备充足、物流网络发达和营商环境良好。',
    tl: 'en', tgt: 'The region has three major advantages: a deep talent pool, a well-developed logistics network and a good business environment.',
    expect: OK,
  },
  {
    name: 'zh inline 三大优势 announced, target lists two',
    sl: 'zh', src: '该地区具有三大优势：人才储备充足、物流网络发达和营商环境良好。',
    tl: 'en', tgt: 'The region has three major advantages: a deep talent pool and a well-developed logistics network.',
    expect: LIST,
  },
  {
    name: 'zh announced four, target announces four gives three (en)',
    sl: 'zh', src: '我们面临四个挑战：成本上升、人才流失、监管趋严和竞争加剧。',
    tl: 'en', tgt: 'We face four challenges: rising costs, loss of talent and tighter regulation.',
    expect: LIST,
  },
  {
    name: 'zh 第一层…第四层 legitimately merged into one sentence with all four',
    sl: 'zh', src: '这个体系分为四层：第一层是感知层，第二层是网络层，第三层是平台层，第四层是应用层。',
    tl: 'en', tgt: 'The system has four layers: perception, network, platform and application.',
    expect: OK,
  },
  {
    name: 'zh nested list, complete',
    sl: 'zh', src: '方案分两部分：\n1. 硬件改造\n   a) 更换服务器\n   b) 升级交换机\n2. 软件迁移\n   a) 迁移数据库\n   b) 重写调度模块',
    tl: 'en', tgt: 'The plan has two parts:\n1. Hardware upgrade\n   a) replace the servers\n   b) upgrade the switches\n2. Software migration\n   a) migrate the database\n   b) rewrite the scheduler',
    expect: OK,
  },
  {
    name: 'zh nested list, second sublist item dropped',
    sl: 'zh', src: '方案分两部分：\n1. 硬件改造\n   a) 更换服务器\n   b) 升级交换机\n2. 软件迁移\n   a) 迁移数据库\n   b) 重写调度模块',
    tl: 'en', tgt: 'The plan has two parts:\n1. Hardware upgrade\n   a) replace the servers\n   b) upgrade the switches\n2. Software migration\n   a) migrate the database',
    expect: LIST,
  },
  {
    name: 'zh inline list as bullet lines (layout change)',
    sl: 'zh', src: '会议确定了三项任务：完善标准体系；推动试点示范；加强国际合作。',
    tl: 'en', tgt: 'The meeting set three tasks:\n• improve the system of standards\n• promote pilot projects\n• strengthen international cooperation',
    expect: OK,
  },
  {
    name: 'zh 其一/其二, complete',
    sl: 'zh', src: '原因有二：其一，原材料价格上涨；其二，海运费用大幅增加。',
    tl: 'en', tgt: 'There are two reasons: first, raw material prices rose; second, shipping costs increased sharply.',
    expect: OK,
  },
  {
    name: 'zh 其一/其二, second dropped',
    sl: 'zh', src: '原因有二：其一，原材料价格上涨；其二，海运费用大幅增加。',
    tl: 'en', tgt: 'There are two reasons: first, raw material prices rose.',
    expect: LIST,
  },
  // ---------------------------------------------------------------- en -> zh
  {
    name: 'en First/Second/Finally -> zh 首先/其次/最后, complete',
    sl: 'en', src: 'First, we need to cut the time it takes to onboard a customer. Second, we should automate invoicing. Finally, we must retire the legacy reporting tool.',
    tl: 'zh', tgt: '首先，我们需要缩短客户入驻所需的时间。其次，我们应当实现开票自动化。最后，我们必须停用旧的报表工具。',
    expect: OK,
  },
  {
    name: 'en First/Second/Finally -> zh, Finally dropped',
    sl: 'en', src: 'First, we need to cut the time it takes to onboard a customer. Second, we should automate invoicing. Finally, we must retire the legacy reporting tool.',
    tl: 'zh', tgt: '首先，我们需要缩短客户入驻所需的时间。其次，我们应当实现开票自动化。',
    expect: LIST,
  },
  {
    name: 'en three reasons inline -> zh, complete',
    sl: 'en', src: 'Customers leave for three reasons: slow support, confusing pricing and frequent outages.',
    tl: 'zh', tgt: '客户流失有三个原因：支持响应慢、定价混乱以及频繁宕机。',
    expect: OK,
  },
  {
    name: 'en three reasons inline -> zh, one dropped',
    sl: 'en', src: 'Customers leave for three reasons: slow support, confusing pricing and frequent outages.',
    tl: 'zh', tgt: '客户流失有三个原因：支持响应慢和定价混乱。',
    expect: LIST,
  },
  {
    name: 'en bullets * -> zh ・, complete',
    sl: 'en', src: 'Before you start:\n* back up your data\n* close all other applications\n* connect the charger',
    tl: 'zh', tgt: '开始之前：\n・备份数据\n・关闭所有其他应用程序\n・连接充电器',
    expect: OK,
  },
  {
    name: 'en bullets * -> zh, one dropped',
    sl: 'en', src: 'Before you start:\n* back up your data\n* close all other applications\n* connect the charger',
    tl: 'zh', tgt: '开始之前：\n・备份数据\n・连接充电器',
    expect: LIST,
  },
  // ---------------------------------------------------------------- ja <-> en
  {
    name: 'ja まず/次に/最後に, complete',
    sl: 'ja', src: 'まず、アカウントを作成します。次に、プロフィールを設定します。最後に、チームメンバーを招待します。',
    tl: 'en', tgt: 'First, create an account. Next, set up your profile. Finally, invite your team members.',
    expect: OK,
  },
  {
    name: 'ja まず/次に/最後に, last dropped',
    sl: 'ja', src: 'まず、アカウントを作成します。次に、プロフィールを設定します。最後に、チームメンバーを招待します。',
    tl: 'en', tgt: 'First, create an account. Next, set up your profile.',
    expect: LIST,
  },
  {
    name: 'ja 第一に/第二に/第三に, complete',
    sl: 'ja', src: '理由は三つあります。第一に、コストが高いこと。第二に、導入に時間がかかること。第三に、専門人材が不足していることです。',
    tl: 'en', tgt: 'There are three reasons. First, the cost is high. Second, deployment takes time. Third, there is a shortage of specialists.',
    expect: OK,
  },
  {
    name: 'ja 第一に/第二に/第三に, third dropped',
    sl: 'ja', src: '理由は三つあります。第一に、コストが高いこと。第二に、導入に時間がかかること。第三に、専門人材が不足していることです。',
    tl: 'en', tgt: 'There are three reasons. First, the cost is high. Second, deployment takes time.',
    expect: LIST,
  },
  {
    name: 'ja ・ bullets, complete',
    sl: 'ja', src: '対象となる製品：\n・ノートパソコン\n・タブレット\n・スマートフォン',
    tl: 'en', tgt: 'Products covered:\n- laptops\n- tablets\n- smartphones',
    expect: OK,
  },
  {
    name: 'ja ・ bullets, one dropped',
    sl: 'ja', src: '対象となる製品：\n・ノートパソコン\n・タブレット\n・スマートフォン',
    tl: 'en', tgt: 'Products covered:\n- laptops\n- smartphones',
    expect: LIST,
  },
  {
    name: 'en 1. 2. 3. -> ja, complete',
    sl: 'en', src: 'To reset the device:\n1. Hold the power button for ten seconds.\n2. Release it when the light turns blue.\n3. Wait for the device to restart.',
    tl: 'ja', tgt: 'デバイスをリセットするには：\n1. 電源ボタンを10秒間押し続けます。\n2. ランプが青に変わったら離します。\n3. デバイスが再起動するまで待ちます。',
    expect: OK,
  },
  {
    name: 'en 1. 2. 3. -> ja, step 2 dropped',
    sl: 'en', src: 'To reset the device:\n1. Hold the power button for ten seconds.\n2. Release it when the light turns blue.\n3. Wait for the device to restart.',
    tl: 'ja', tgt: 'デバイスをリセットするには：\n1. 電源ボタンを10秒間押し続けます。\n2. デバイスが再起動するまで待ちます。',
    expect: LIST,
  },
  {
    name: 'ja announced 三つ inline, target two',
    sl: 'ja', src: '当社は三つの課題に取り組んでいます：人材の確保、コストの削減、そして品質の向上です。',
    tl: 'en', tgt: 'We are working on three challenges: securing talent and reducing costs.',
    expect: LIST,
  },
  // ---------------------------------------------------------------- de <-> en
  {
    name: 'de erstens/zweitens/drittens, complete',
    sl: 'de', src: 'Wir verfolgen drei Ziele. Erstens wollen wir die Kosten senken. Zweitens wollen wir die Lieferzeiten verkürzen. Drittens wollen wir neue Märkte erschließen.',
    tl: 'en', tgt: 'We pursue three goals. First, we want to cut costs. Second, we want to shorten delivery times. Third, we want to open up new markets.',
    expect: OK,
  },
  {
    name: 'de erstens/zweitens/drittens, third dropped',
    sl: 'de', src: 'Wir verfolgen drei Ziele. Erstens wollen wir die Kosten senken. Zweitens wollen wir die Lieferzeiten verkürzen. Drittens wollen wir neue Märkte erschließen.',
    tl: 'en', tgt: 'We pursue three goals. First, we want to cut costs. Second, we want to shorten delivery times.',
    expect: LIST,
  },
  {
    name: 'de a) b) c), complete',
    sl: 'de', src: 'Der Antrag muss enthalten: a) den Namen des Antragstellers, b) die Anschrift und c) eine Begründung.',
    tl: 'en', tgt: 'The application must contain: a) the applicant\'s name, b) the address and c) a justification.',
    expect: OK,
  },
  {
    name: 'de a) b) c), c) dropped',
    sl: 'de', src: 'Der Antrag muss enthalten: a) den Namen des Antragstellers, b) die Anschrift und c) eine Begründung.',
    tl: 'en', tgt: 'The application must contain: a) the applicant\'s name and b) the address.',
    expect: LIST,
  },
  {
    name: 'en three risks inline -> de, complete',
    sl: 'en', src: 'The report names three risks: higher energy prices, a shortage of skilled workers and slower exports.',
    tl: 'de', tgt: 'Der Bericht nennt drei Risiken: höhere Energiepreise, einen Mangel an Fachkräften und schwächere Exporte.',
    expect: OK,
  },
  {
    name: 'en three risks inline -> de, one dropped',
    sl: 'en', src: 'The report names three risks: higher energy prices, a shortage of skilled workers and slower exports.',
    tl: 'de', tgt: 'Der Bericht nennt drei Risiken: höhere Energiepreise und einen Mangel an Fachkräften.',
    expect: LIST,
  },
  {
    name: 'de bullets, complete',
    sl: 'de', src: 'Im Preis enthalten:\n- Frühstück\n- WLAN\n- Parkplatz',
    tl: 'en', tgt: 'Included in the price:\n- breakfast\n- Wi-Fi\n- parking',
    expect: OK,
  },
  {
    name: 'de bullets, one dropped',
    sl: 'de', src: 'Im Preis enthalten:\n- Frühstück\n- WLAN\n- Parkplatz',
    tl: 'en', tgt: 'Included in the price:\n- breakfast\n- parking',
    expect: LIST,
  },
  // ---------------------------------------------------------------- fr <-> en
  {
    name: 'fr premièrement/deuxièmement/troisièmement, complete',
    sl: 'fr', src: 'Nous avons trois priorités. Premièrement, réduire nos émissions. Deuxièmement, former nos salariés. Troisièmement, soutenir nos fournisseurs locaux.',
    tl: 'en', tgt: 'We have three priorities. First, reduce our emissions. Second, train our employees. Third, support our local suppliers.',
    expect: OK,
  },
  {
    name: 'fr premièrement/deuxièmement/troisièmement, third dropped',
    sl: 'fr', src: 'Nous avons trois priorités. Premièrement, réduire nos émissions. Deuxièmement, former nos salariés. Troisièmement, soutenir nos fournisseurs locaux.',
    tl: 'en', tgt: 'We have three priorities. First, reduce our emissions. Second, train our employees.',
    expect: LIST,
  },
  {
    name: 'fr i. ii. iii., complete',
    sl: 'fr', src: 'Le contrat prévoit :\ni. une période d\'essai de trois mois ;\nii. un préavis d\'un mois ;\niii. une clause de confidentialité.',
    tl: 'en', tgt: 'The contract provides for:\ni. a three-month trial period;\nii. one month\'s notice;\niii. a confidentiality clause.',
    expect: OK,
  },
  {
    name: 'fr i. ii. iii., iii dropped',
    sl: 'fr', src: 'Le contrat prévoit :\ni. une période d\'essai de trois mois ;\nii. un préavis d\'un mois ;\niii. une clause de confidentialité.',
    tl: 'en', tgt: 'The contract provides for:\ni. a three-month trial period;\nii. one month\'s notice.',
    expect: LIST,
  },
  {
    name: 'en -> fr First/Second/Finally, complete',
    sl: 'en', src: 'First, check that the device is charged. Second, update the firmware. Finally, restart the device.',
    tl: 'fr', tgt: 'Premièrement, vérifiez que l\'appareil est chargé. Deuxièmement, mettez à jour le micrologiciel. Enfin, redémarrez l\'appareil.',
    expect: OK,
  },
  {
    name: 'en -> fr First/Second/Finally, Finally dropped',
    sl: 'en', src: 'First, check that the device is charged. Second, update the firmware. Finally, restart the device.',
    tl: 'fr', tgt: 'Premièrement, vérifiez que l\'appareil est chargé. Deuxièmement, mettez à jour le micrologiciel.',
    expect: LIST,
  },
  {
    name: 'fr trois raisons inline, complete',
    sl: 'fr', src: 'Les clients nous quittent pour trois raisons : un support lent, des prix confus et des pannes fréquentes.',
    tl: 'en', tgt: 'Customers leave us for three reasons: slow support, confusing prices and frequent outages.',
    expect: OK,
  },
  {
    name: 'fr trois raisons inline, target gives two',
    sl: 'fr', src: 'Les clients nous quittent pour trois raisons : un support lent, des prix confus et des pannes fréquentes.',
    tl: 'en', tgt: 'Customers leave us for three reasons: slow support and confusing prices.',
    expect: LIST,
  },
  // ---------------------------------------------------------------- es <-> en
  {
    name: 'es primero/segundo/tercero, complete',
    sl: 'es', src: 'Proponemos tres medidas. Primero, ampliar el horario de atención. Segundo, contratar más personal. Tercero, digitalizar los trámites.',
    tl: 'en', tgt: 'We propose three measures. First, extend opening hours. Second, hire more staff. Third, digitise the paperwork.',
    expect: OK,
  },
  {
    name: 'es primero/segundo/tercero, third dropped',
    sl: 'es', src: 'Proponemos tres medidas. Primero, ampliar el horario de atención. Segundo, contratar más personal. Tercero, digitalizar los trámites.',
    tl: 'en', tgt: 'We propose three measures. First, extend opening hours. Second, hire more staff.',
    expect: LIST,
  },
  {
    name: 'es bullets •, complete',
    sl: 'es', src: 'El paquete incluye:\n• dos noches de hotel\n• desayuno diario\n• traslado al aeropuerto',
    tl: 'en', tgt: 'The package includes:\n• two nights at the hotel\n• daily breakfast\n• airport transfer',
    expect: OK,
  },
  {
    name: 'es bullets •, one dropped',
    sl: 'es', src: 'El paquete incluye:\n• dos noches de hotel\n• desayuno diario\n• traslado al aeropuerto',
    tl: 'en', tgt: 'The package includes:\n• two nights at the hotel\n• airport transfer',
    expect: LIST,
  },
  {
    name: 'en -> es three steps inline, complete',
    sl: 'en', src: 'The process has three steps: registration, verification and payment.',
    tl: 'es', tgt: 'El proceso tiene tres pasos: registro, verificación y pago.',
    expect: OK,
  },
  {
    name: 'en -> es three steps inline, one dropped',
    sl: 'en', src: 'The process has three steps: registration, verification and payment.',
    tl: 'es', tgt: 'El proceso tiene tres pasos: registro y pago.',
    expect: LIST,
  },
  {
    name: 'en -> es en primer lugar / en segundo lugar / por último, complete',
    sl: 'en', src: 'First, the board approved the budget. Second, it appointed a new auditor. Finally, it set the date of the next meeting.',
    tl: 'es', tgt: 'En primer lugar, la junta aprobó el presupuesto. En segundo lugar, nombró a un nuevo auditor. Por último, fijó la fecha de la próxima reunión.',
    expect: OK,
  },
  {
    name: 'en -> es en primer lugar..., last dropped',
    sl: 'en', src: 'First, the board approved the budget. Second, it appointed a new auditor. Finally, it set the date of the next meeting.',
    tl: 'es', tgt: 'En primer lugar, la junta aprobó el presupuesto. En segundo lugar, nombró a un nuevo auditor.',
    expect: LIST,
  },
  // ---------------------------------------------------------------- non-lists that look like lists
  {
    name: 'zh 第一次 / 三年 not a list',
    sl: 'zh', src: '这是公司第一次在海外发布新品，过去三年里海外收入增长了一倍。',
    tl: 'en', tgt: 'This is the first time the company has launched a product abroad; overseas revenue doubled over the past three years.',
    expect: OK,
  },
  {
    name: 'en "first" in prose not a list',
    sl: 'en', src: 'The first version shipped in 2019, and the second came two years later with support for offline mode.',
    tl: 'de', tgt: 'Die erste Version erschien 2019, die zweite zwei Jahre später mit Offline-Unterstützung.',
    expect: OK,
  },
  // ---------------------------------------------------------------- omission
  {
    name: 'zh omission: middle sentence dropped',
    sl: 'zh', src: '公司今年在东南亚新建了两座数据中心。这两座数据中心全部使用可再生能源供电。明年还计划在中东地区再建一座。',
    tl: 'en', tgt: 'This year the company built two new data centres in Southeast Asia. Next year it plans to build another one in the Middle East.',
    expect: { omission: true },
  },
  {
    name: 'zh two sentences merged legitimately',
    sl: 'zh', src: '会议于上午九点开始。会议由董事长主持。',
    tl: 'en', tgt: 'The meeting, chaired by the chairman, began at 9 a.m.',
    expect: OK,
  },
  {
    name: 'zh one sentence split into two',
    sl: 'zh', src: '由于原材料价格持续上涨而且海运费用在过去半年里翻了一番，公司决定从下个月起将主要产品的售价上调百分之八。',
    tl: 'en', tgt: 'Raw material prices keep rising, and shipping costs have doubled over the past six months. The company has therefore decided to raise the prices of its main products by 8% from next month.',
    expect: OK,
  },
  {
    name: 'en -> de omission: last sentence dropped',
    sl: 'en', src: 'The new library opens on Monday. It has space for 200,000 books and 300 reading desks. Entry is free for all residents of the city.',
    tl: 'de', tgt: 'Die neue Bibliothek öffnet am Montag. Sie bietet Platz für 200.000 Bücher und 300 Leseplätze.',
    expect: { omission: true },
  },
  {
    name: 'en -> de sentence split in two',
    sl: 'en', src: 'The new library, which opens on Monday after three years of construction, has space for 200,000 books and 300 reading desks.',
    tl: 'de', tgt: 'Die neue Bibliothek öffnet am Montag nach dreijähriger Bauzeit. Sie bietet Platz für 200.000 Bücher und 300 Leseplätze.',
    expect: OK,
  },
  {
    name: 'fr -> en omission: middle sentence dropped',
    sl: 'fr', src: 'Le musée rouvrira ses portes en septembre. Les travaux de rénovation ont duré près de deux ans et ont coûté douze millions d\'euros. Une nouvelle aile sera consacrée à l\'art contemporain.',
    tl: 'en', tgt: 'The museum will reopen in September. A new wing will be devoted to contemporary art.',
    expect: { omission: true },
  },
  {
    name: 'es -> en omission: middle sentence dropped',
    sl: 'es', src: 'La empresa presentó ayer sus resultados anuales. Las ventas crecieron un doce por ciento gracias al mercado asiático. El consejo propondrá un dividendo récord en la próxima junta.',
    tl: 'en', tgt: 'The company presented its annual results yesterday. The board will propose a record dividend at the next shareholders\' meeting.',
    expect: { omission: true },
  },
  {
    name: 'es -> en two sentences merged',
    sl: 'es', src: 'El tren salió a las ocho. Llegó a Madrid a las once.',
    tl: 'en', tgt: 'The train left at eight and reached Madrid at eleven.',
    expect: OK,
  },
  {
    name: 'ja -> en omission: middle sentence dropped',
    sl: 'ja', src: '新しい工場は来年春に稼働する予定です。投資額は約三百億円で、従業員は五百人を予定しています。生産するのは電気自動車用の電池です。',
    tl: 'en', tgt: 'The new plant is scheduled to start operating next spring. It will make batteries for electric vehicles.',
    expect: { omission: true },
  },
  {
    name: 'ja -> en sentence split',
    sl: 'ja', src: '新しい工場は来年春に稼働する予定で、電気自動車用の電池を生産します。',
    tl: 'en', tgt: 'The new plant is scheduled to start operating next spring. It will make batteries for electric vehicles.',
    expect: OK,
  },
  {
    name: 'de -> en omission: first sentence dropped',
    sl: 'de', src: 'Die Stadt hat im vergangenen Jahr vierzig neue Ladesäulen aufgestellt. Bis 2030 sollen es insgesamt fünfhundert sein. Die Kosten trägt zum größten Teil das Land.',
    tl: 'en', tgt: 'By 2030 there are to be five hundred in total. Most of the cost is borne by the state.',
    expect: { omission: true },
  },
  // ---------------------------------------------------------------- length
  {
    name: 'zh truncated translation (length)',
    sl: 'zh', src: '随着人工智能技术的快速发展，越来越多的企业开始将大模型应用于客服、营销和研发等环节，这不仅提升了工作效率，也带来了数据安全和隐私保护方面的新挑战，监管部门正在加快制定相关规则。',
    tl: 'en', tgt: 'With the rapid development of AI technology, more and more companies',
    expect: { length: true },
  },
  {
    name: 'en -> fr truncated translation (length)',
    sl: 'en', src: 'Our annual report describes how the company performed over the year, what risks it faces in the coming years, how its board oversees management and how it rewards its executives.',
    tl: 'fr', tgt: 'Notre rapport annuel décrit les résultats de l\'entreprise.',
    expect: { length: true },
  },
  {
    name: 'boilerplate short translation (en -> de)',
    sl: 'en', src: 'All rights reserved.',
    tl: 'de', tgt: 'Alle Rechte vorbehalten.',
    expect: OK,
  },
  {
    name: 'boilerplate (zh -> en) copyright line',
    sl: 'zh', src: '版权所有，未经许可不得转载。',
    tl: 'en', tgt: 'All rights reserved. No reproduction without permission.',
    expect: OK,
  },
  {
    name: 'boilerplate (en -> ja) short',
    sl: 'en', src: 'Click here to unsubscribe from this newsletter.',
    tl: 'ja', tgt: '配信停止はこちら。',
    expect: OK,
  },
  // ---------------------------------------------------------------- second batch: harder layouts and wordings
  {
    name: 'ja まず/次に/最後に -> en First/Then/Finally, complete',
    sl: 'ja', src: 'まず、電源を切ります。次に、カバーを外します。最後に、バッテリーを交換します。',
    tl: 'en', tgt: 'First, turn off the power. Then, remove the cover. Finally, replace the battery.',
    expect: OK,
  },
  {
    name: 'en First/Then/Finally -> zh 首先/然后/最后, complete',
    sl: 'en', src: 'First, turn off the power. Then, remove the cover. Finally, replace the battery.',
    tl: 'zh', tgt: '首先，关闭电源。然后，取下外壳。最后，更换电池。',
    expect: OK,
  },
  {
    name: 'en First/Then/Finally -> zh, Then dropped',
    sl: 'en', src: 'First, turn off the power. Then, remove the cover. Finally, replace the battery.',
    tl: 'zh', tgt: '首先，关闭电源。最后，更换电池。',
    expect: LIST,
  },
  {
    name: 'zh 1、2、3、4、 -> en 1. 2. 3. 4., complete',
    sl: 'zh', src: '报名条件：\n1、年满18周岁；\n2、具有大专以上学历；\n3、身体健康；\n4、无违法犯罪记录。',
    tl: 'en', tgt: 'Requirements:\n1. aged 18 or over;\n2. a college degree or higher;\n3. in good health;\n4. no criminal record.',
    expect: OK,
  },
  {
    name: 'zh 1、2、3、4、 -> en, item 4 dropped',
    sl: 'zh', src: '报名条件：\n1、年满18周岁；\n2、具有大专以上学历；\n3、身体健康；\n4、无违法犯罪记录。',
    tl: 'en', tgt: 'Requirements:\n1. aged 18 or over;\n2. a college degree or higher;\n3. in good health.',
    expect: LIST,
  },
  {
    name: 'de dates 1. März / 2. April are no list',
    sl: 'de', src: 'Die Anmeldefrist läuft vom 1. März bis zum 2. April, die Ergebnisse kommen am 3. Mai.',
    tl: 'en', tgt: 'Registration runs from 1 March to 2 April, and the results come out on 3 May.',
    expect: OK,
  },
  {
    name: 'en Step 1:/Step 2:/Step 3: -> zh 第一步/第二步, complete',
    sl: 'en', src: 'Step 1: Create a project.\nStep 2: Add your data.\nStep 3: Train the model.',
    tl: 'zh', tgt: '第一步：创建项目。\n第二步：添加数据。\n第三步：训练模型。',
    expect: OK,
  },
  {
    name: 'en Step 1:/Step 2:/Step 3: -> zh, step 3 dropped',
    sl: 'en', src: 'Step 1: Create a project.\nStep 2: Add your data.\nStep 3: Train the model.',
    tl: 'zh', tgt: '第一步：创建项目。\n第二步：添加数据。',
    expect: LIST,
  },
  {
    name: 'markdown nested bullets, complete',
    sl: 'en', src: 'Supported platforms:\n- Desktop\n  - Windows 10 and later\n  - macOS 12 and later\n- Mobile\n  - iOS 16\n  - Android 12',
    tl: 'de', tgt: 'Unterstützte Plattformen:\n- Desktop\n  - Windows 10 und neuer\n  - macOS 12 und neuer\n- Mobil\n  - iOS 16\n  - Android 12',
    expect: OK,
  },
  {
    name: 'markdown nested bullets, nested item dropped',
    sl: 'en', src: 'Supported platforms:\n- Desktop\n  - Windows 10 and later\n  - macOS 12 and later\n- Mobile\n  - iOS 16\n  - Android 12',
    tl: 'de', tgt: 'Unterstützte Plattformen:\n- Desktop\n  - Windows 10 und neuer\n  - macOS 12 und neuer\n- Mobil\n  - iOS 16',
    expect: LIST,
  },
  {
    name: 'zh 以下三点 with ① lines, target two',
    sl: 'zh', src: '请注意以下三点：\n①会议期间请将手机调至静音；\n②请勿在会场内吸烟；\n③会议结束后请带走个人物品。',
    tl: 'en', tgt: 'Please note the following three points:\n(1) switch your phone to silent during the meeting;\n(2) do not smoke in the venue.',
    expect: LIST,
  },
  {
    name: 'es en primer lugar ... y, por último, complete',
    sl: 'es', src: 'En primer lugar, revisaremos el presupuesto. En segundo lugar, votaremos el nuevo reglamento y, por último, elegiremos al nuevo tesorero.',
    tl: 'en', tgt: 'First, we will review the budget. Second, we will vote on the new rules and, finally, elect the new treasurer.',
    expect: OK,
  },
  {
    name: 'fr D\'abord/Ensuite/Enfin -> en First/Next/Finally, complete',
    sl: 'fr', src: 'D\'abord, nous allons moderniser les ateliers. Ensuite, nous recruterons cinquante techniciens. Enfin, nous ouvrirons un centre de formation.',
    tl: 'en', tgt: 'First, we will modernise the workshops. Next, we will recruit fifty technicians. Finally, we will open a training centre.',
    expect: OK,
  },
  {
    name: 'fr D\'abord/Ensuite/Enfin, Ensuite dropped',
    sl: 'fr', src: 'D\'abord, nous allons moderniser les ateliers. Ensuite, nous recruterons cinquante techniciens. Enfin, nous ouvrirons un centre de formation.',
    tl: 'en', tgt: 'First, we will modernise the workshops. Finally, we will open a training centre.',
    expect: LIST,
  },
  {
    name: 'de Erstens/Zweitens -> en Firstly/Secondly, complete',
    sl: 'de', src: 'Dafür gibt es zwei Gründe. Erstens ist die Nachfrage gestiegen. Zweitens sind die Rohstoffe knapper geworden.',
    tl: 'en', tgt: 'There are two reasons for this. Firstly, demand has risen. Secondly, raw materials have become scarcer.',
    expect: OK,
  },
  {
    name: 'zh 两个原因 一是/二是, complete',
    sl: 'zh', src: '出现这种情况有两个原因：一是需求回暖，二是库存处于低位。',
    tl: 'en', tgt: 'There are two reasons for this: demand has recovered, and inventories are low.',
    expect: OK,
  },
  {
    name: 'en -> ja announced three, target lists two',
    sl: 'en', src: 'The plan has three goals: lower costs, faster delivery and better service.',
    tl: 'ja', tgt: 'この計画には三つの目標があります：コストの削減と配送の迅速化です。',
    expect: LIST,
  },
  {
    name: 'en -> ja announced three, complete',
    sl: 'en', src: 'The plan has three goals: lower costs, faster delivery and better service.',
    tl: 'ja', tgt: 'この計画には三つの目標があります：コストの削減、配送の迅速化、そしてサービスの向上です。',
    expect: OK,
  },
  {
    name: 'en -> zh omission: sentence dropped',
    sl: 'en', src: 'The bridge will close for repairs on Monday. Drivers should use the northern bypass instead. The work is expected to take about six weeks.',
    tl: 'zh', tgt: '这座桥将于周一关闭维修。工程预计持续约六周。',
    expect: { omission: true },
  },
  {
    name: 'zh -> en four sentences, second dropped',
    sl: 'zh', src: '该市今年新增公交线路十二条。新线路主要覆盖城市东部的新建住宅区。市民可通过手机应用查询实时到站信息。明年还将更换两百辆电动公交车。',
    tl: 'en', tgt: 'The city added twelve bus routes this year. Residents can check real-time arrivals on a mobile app. Next year it will replace 200 buses with electric ones.',
    expect: { omission: true },
  },
  {
    name: 'fr -> en one long sentence split in two',
    sl: 'fr', src: 'Le gouvernement a annoncé mardi un plan de soutien de deux milliards d\'euros destiné aux agriculteurs touchés par la sécheresse, qui sera versé avant la fin de l\'année.',
    tl: 'en', tgt: 'On Tuesday the government announced a two-billion-euro support plan for farmers hit by the drought. It will be paid out before the end of the year.',
    expect: OK,
  },
  {
    name: 'de -> en two sentences merged into one',
    sl: 'de', src: 'Das Werk wurde 1998 eröffnet. Es beschäftigt heute rund 2.000 Menschen.',
    tl: 'en', tgt: 'Opened in 1998, the plant now employs around 2,000 people.',
    expect: OK,
  },
  {
    name: 'es -> en truncated translation (length)',
    sl: 'es', src: 'El ayuntamiento aprobó ayer un plan para renovar todas las escuelas públicas del municipio antes de 2030, con una inversión total que superará los cuarenta millones de euros.',
    tl: 'en', tgt: 'The city council yesterday approved a plan.',
    expect: { length: true },
  },
  {
    name: 'boilerplate ja -> en 以上です',
    sl: 'ja', src: '以上です。',
    tl: 'en', tgt: 'That is all.',
    expect: OK,
  },
  {
    name: 'boilerplate fr -> en mentions légales',
    sl: 'fr', src: 'Tous droits réservés. Reproduction interdite sans autorisation préalable.',
    tl: 'en', tgt: 'All rights reserved. No reproduction without prior permission.',
    expect: OK,
  },
];
