"""Departments (实施主体): provincial, city- and county-level agencies."""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Department

DEPARTMENTS: Final[list[Department]] = [
    {
        "code": "SCJG",
        "name": "示范省市场监督管理局",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省市场主体统一登记注册、食品安全监督管理和市场综合监管，"
        "推进企业开办“一网通办”。",
    },
    {
        "code": "GA",
        "name": "示范省公安厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省户籍、居民身份证、居住证、出入境证件和机动车驾驶人管理，"
        "指导各地公安机关开展政务服务。",
    },
    {
        "code": "RS",
        "name": "示范省人力资源和社会保障厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省就业创业、社会保险和社会保障卡管理，"
        "统筹劳动关系和人力资源市场监管。",
    },
    {
        "code": "WJ",
        "name": "示范省卫生健康委员会",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省医疗卫生服务、妇幼健康、公共场所卫生许可和医师执业管理等工"
        "作。",
    },
    {
        "code": "MZ",
        "name": "示范省民政厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省婚姻登记、社会救助、养老服务和老年福利等基本民生保障工作。",
    },
    {
        "code": "ZJ",
        "name": "示范省住房和城乡建设厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省建筑市场、工程建设项目审批和房地产市场监管，"
        "推进工程建设项目审批制度改革。",
    },
    {
        "code": "JY",
        "name": "示范省教育厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省各级各类教育的统筹规划和管理，组织实施义务教育招生和教师资"
        "格认定工作。",
    },
    {
        "code": "ZR",
        "name": "示范省自然资源厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省自然资源调查监测、国土空间规划和不动产统一登记工作的指导监"
        "督。",
    },
    {
        "code": "JT",
        "name": "示范省交通运输厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省公路、水路交通运输行业管理，实施道路运输经营和从业人员资格"
        "管理。",
    },
    {
        "code": "HB",
        "name": "示范省生态环境厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省生态环境监督管理，实施建设项目环境影响评价审批和排污许可管"
        "理。",
    },
    {
        "code": "YB",
        "name": "示范省医疗保障局",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省基本医疗保险、生育保险和医疗救助等医疗保障制度的组织实施和"
        "经办服务。",
    },
    {
        "code": "GJJ",
        "name": "示范省住房公积金管理中心",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责住房公积金的归集、提取、贷款和账户管理，"
        "为缴存职工提供住房公积金业务服务。",
    },
    {
        "code": "SF",
        "name": "示范省司法厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省公共法律服务体系建设，指导法律援助、公证、人民调解等工作。",
    },
    {
        "code": "CL",
        "name": "示范省残疾人联合会",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "代表残疾人共同利益，负责残疾人证核发管理，"
        "协助政府落实残疾人社会保障和康复服务。",
    },
    {
        "code": "YJ",
        "name": "示范省药品监督管理局",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省药品、医疗器械和化妆品的注册、生产和批发经营许可及质量监督"
        "管理。",
    },
    {
        "code": "SW",
        "name": "国家税务总局示范省税务局",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省税收、社会保险费和有关非税收入征管，提供办税缴费服务。",
    },
    {
        "code": "RCSP",
        "name": "榕城市行政审批局",
        "region_level": "city",
        "region_name": "榕城市",
        "summary": "相对集中行使榕城市市本级行政许可权，统一受理、审批城市管理、"
        "市政公用等领域的许可事项。",
    },
    {
        "code": "LDSP",
        "name": "鹭岛市行政审批局",
        "region_level": "city",
        "region_name": "鹭岛市",
        "summary": "相对集中行使鹭岛市市本级行政许可权，负责市容环卫、"
        "户外广告等事项的审批。",
    },
    {
        "code": "GLZW",
        "name": "榕城市鼓楼区政务服务中心",
        "region_level": "county",
        "region_name": "鼓楼区",
        "summary": "负责鼓楼区政务服务大厅运行管理，统筹“一窗受理、"
        "集成服务”和水电气网等公用事业联合报装。",
    },
    {
        "code": "TJZW",
        "name": "榕城市台江区政务服务中心",
        "region_level": "county",
        "region_name": "台江区",
        "summary": "负责台江区政务服务大厅运行管理，集中受理民政、残联等民生领域事项。",
    },
    {
        "code": "QFZW",
        "name": "榕城市青峰县行政服务中心",
        "region_level": "county",
        "region_name": "青峰县",
        "summary": "负责青峰县行政服务中心运行管理，集中受理农业农村、"
        "乡村振兴和城乡居民民生保障等事项。",
    },
    {
        "code": "HWZW",
        "name": "鹭岛市海湾区政务服务中心",
        "region_level": "county",
        "region_name": "海湾区",
        "summary": "负责海湾区政务服务大厅运行管理，推行“一件事一次办”，"
        "集中受理生育、就业和社区民生事项。",
    },
    {
        "code": "DYZW",
        "name": "鹭岛市东屿区政务服务中心",
        "region_level": "county",
        "region_name": "东屿区",
        "summary": "负责东屿区政务服务大厅运行管理，集中受理住房保障、"
        "人才服务和新市民服务事项。",
    },
]
