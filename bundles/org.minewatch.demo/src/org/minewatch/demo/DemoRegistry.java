package org.minewatch.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minewatch.model.base.Term;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.jurisdiction.AgencyName;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionFactory;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.jurisdiction.RegulatorDepartment;
import org.minewatch.model.people.Account;
import org.minewatch.model.people.PeopleFactory;
import org.minewatch.model.people.Person;
import org.minewatch.model.people.Role;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.AreaKind;
import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.GasClass;
import org.minewatch.model.registry.HydrogeologicalType;
import org.minewatch.model.registry.Licence;
import org.minewatch.model.registry.LicenceKind;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineArea;
import org.minewatch.model.registry.MineKind;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.RegistryFactory;
import org.minewatch.model.registry.RockBurstRisk;
import org.minewatch.model.registry.SpontaneousCombustion;
import org.minewatch.model.registry.StandardisationGrade;
import org.minewatch.model.registry.StatusChange;
import org.minewatch.model.registry.SupervisionClass;

/** Agencies, enterprises, mines and people of the provinces the 2021 bulletin names. */
final class DemoRegistry {

	/**
	 * A province of the demo: its code, short name, one-character abbreviation (as in document numbers), the city
	 * used, the share of each mine kind, and the department its local regulators belong to.
	 */
	record Province(String code, String shortName, String abbreviation, String city, double openPit, double nonCoal, RegulatorDepartment department) {
	}

	/**
	 * The provinces of the 2021 bulletin. Their local regulators are emergency-management departments, except
	 * where the bulletin shows others regulating coal mines: Shanxi's energy department, Heilongjiang's
	 * coal-management departments (煤管部门).
	 */
	static final List<Province> PROVINCES = List.of(new Province("370000", "山东", "鲁", "370600", 0, 0.05, RegulatorDepartment.EMERGENCY_MANAGEMENT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			new Province("140000", "山西", "晋", "141000", 0.05, 0, RegulatorDepartment.ENERGY), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			new Province("230000", "黑龙江", "黑", "230300", 0.05, 0, RegulatorDepartment.COAL_MANAGEMENT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			new Province("410000", "河南", "豫", "410400", 0, 0.15, RegulatorDepartment.EMERGENCY_MANAGEMENT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			new Province("150000", "内蒙古", "蒙", "150600", 0.4, 0.05, RegulatorDepartment.EMERGENCY_MANAGEMENT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			new Province("520000", "贵州", "黔", "520200", 0, 0.05, RegulatorDepartment.EMERGENCY_MANAGEMENT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			new Province("130000", "河北", "冀", "130200", 0.05, 0.2, RegulatorDepartment.EMERGENCY_MANAGEMENT)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/**
	 * The day the national bureau took its new name (国家煤矿安全监察局 → 国家矿山安全监察局). The provincial bureaus
	 * kept theirs: the bulletin of February 2021 still calls them 河南煤矿安监局, 各省级煤矿安监局, and our sources
	 * do not date their later renaming, so the demo does not rename them.
	 */
	static final LocalDate RENAMED = LocalDate.of(2020, 9, 1);
	private static final String[] MINE_WORDS = { "兴隆", "鑫源", "东风", "红旗", "永安", "福顺", "宏达", "金山", "新华", "大兴", "安泰", "广源", "瑞丰" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
	private static final String[] GIVEN = { "伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "华", "建国", "志刚", "海燕", "丽娟", "文" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$

	private final DemoContext context;
	private final DemoRandom random;
	private final DemoDataSet data;
	private int accounts;

	DemoRegistry(DemoContext context) {
		this.context = context;
		this.random = context.random();
		this.data = context.data();
	}

	void build() {
		Jurisdiction nation = context.reference().divisions().getNation();
		Agency national = agency(null, AgencyKind.NATIONAL_BUREAU, JurisdictionLevel.NATION, nation, "国家煤矿安全监察局", "国家矿山安全监察局"); //$NON-NLS-1$ //$NON-NLS-2$
		national.setOwner(national);
		inspectors(national, 3);
		for (Province province : PROVINCES) {
			buildProvince(province, national);
		}
	}

	private void buildProvince(Province spec, Agency national) {
		Jurisdiction province = jurisdiction(spec.code());
		Jurisdiction city = jurisdiction(spec.city());
		String p = province.getName();
		String bureauName = spec.shortName() + "煤矿安全监察局"; //$NON-NLS-1$
		Agency bureau = agency(national, AgencyKind.PROVINCIAL_SUPERVISION_BUREAU, JurisdictionLevel.PROVINCE, province, null, bureauName);
		Agency subBureau = agency(bureau, AgencyKind.SUPERVISION_SUB_BUREAU, JurisdictionLevel.PREFECTURE, city, null,
				bureauName + city.getName().replaceFirst("市$", "") + "监察分局"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Agency provincial = localRegulator(spec, null, JurisdictionLevel.PROVINCE, province, p);
		Agency cityRegulator = localRegulator(spec, provincial, JurisdictionLevel.PREFECTURE, city, city.getName());
		List<Agency> countyRegulators = new ArrayList<>();
		List<Jurisdiction> counties = city.getChildren().stream().filter(c -> !c.getName().equals("市辖区")).limit(4).toList(); //$NON-NLS-1$
		for (Jurisdiction county : counties) {
			countyRegulators.add(localRegulator(spec, cityRegulator, JurisdictionLevel.COUNTY, county, county.getName()));
		}
		for (Agency agency : List.of(bureau, subBureau, provincial, cityRegulator)) {
			inspectors(agency, 3);
		}
		countyRegulators.forEach(agency -> inspectors(agency, 4));

		Enterprise group = enterprise(provincial, spec.shortName() + "能源集团有限公司", true, null, province); //$NON-NLS-1$
		for (int e = 0; e < 3; e++) {
			Enterprise company = enterprise(cityRegulator, city.getName() + MINE_WORDS[(e * 5 + spec.code().hashCode() & 0x7fff) % MINE_WORDS.length]
					+ "煤业有限公司", false, group, city); //$NON-NLS-1$
			for (int m = 0; m < 13; m++) {
				int index = random.between(0, countyRegulators.size() - 1);
				mine(spec, company, countyRegulators.get(index), counties.get(index));
			}
		}
	}

	/** A local regulator of the province's department, named as such a department is: 山西省能源局, 古冶区应急管理局. */
	private Agency localRegulator(Province spec, Agency parent, JurisdictionLevel level, Jurisdiction covers, String place) {
		String department = switch (spec.department()) {
		case ENERGY -> "能源局"; //$NON-NLS-1$
		case COAL_MANAGEMENT -> "煤炭生产安全管理局"; //$NON-NLS-1$
		default -> level == JurisdictionLevel.PROVINCE ? "应急管理厅" : "应急管理局"; //$NON-NLS-1$ //$NON-NLS-2$
		};
		Agency agency = agency(parent, AgencyKind.LOCAL_REGULATOR, level, covers, null, place + department);
		agency.setDepartment(spec.department());
		return agency;
	}

	/** The one-character abbreviation of a demo province (晋 for 山西省), as in document numbers. */
	static String abbreviation(Jurisdiction province) {
		return PROVINCES.stream().filter(p -> p.code().equals(province.getCode())).findFirst().orElseThrow().abbreviation();
	}

	private Agency agency(Agency parent, AgencyKind kind, JurisdictionLevel level, Jurisdiction covers, String oldName, String name) {
		Agency agency = JurisdictionFactory.eINSTANCE.createAgency();
		context.identify(agency, parent == null ? null : parent);
		agency.setKind(kind);
		agency.setLevel(level);
		agency.setParent(parent);
		agency.getCovers().add(covers);
		if (oldName != null) {
			agency.getNames().add(name(oldName, null, RENAMED));
			agency.getNames().add(name(name, RENAMED, null));
		} else {
			agency.getNames().add(name(name, null, null));
		}
		if (agency.getOwner() == null) {
			agency.setOwner(agency);
		}
		data.agencies.add(agency);
		return agency;
	}

	private static AgencyName name(String text, LocalDate from, LocalDate to) {
		AgencyName name = JurisdictionFactory.eINSTANCE.createAgencyName();
		name.setName(text);
		name.setValidFrom(from);
		name.setValidTo(to);
		return name;
	}

	private void inspectors(Agency agency, int count) {
		List<String> specialities = List.of("GEOLOGY_WATER", "MINING", "HEADING", "VENTILATION", "ELECTROMECHANICAL", "SAFETY"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		for (int i = 0; i < count; i++) {
			Person person = person(agency, i == 0 ? "科长" : "监管员"); //$NON-NLS-1$ //$NON-NLS-2$
			person.setAgency(agency);
			person.getSpecialities().add(speciality(specialities.get((data.persons.size() + i) % specialities.size())));
			Account account = PeopleFactory.eINSTANCE.createAccount();
			account.setUsername(String.format("user%04d", ++accounts)); //$NON-NLS-1$
			account.getRoles().add(switch (agency.getKind()) {
			case NATIONAL_BUREAU -> Role.NATIONAL_OFFICIAL;
			case PROVINCIAL_SUPERVISION_BUREAU, SUPERVISION_SUB_BUREAU -> Role.SUPERVISOR;
			case LOCAL_REGULATOR -> Role.REGULATOR;
			});
			account.setScope(agency.getCovers().get(0));
			person.setAccount(account);
		}
	}

	private Person person(Agency owner, String title) {
		Person person = PeopleFactory.eINSTANCE.createPerson();
		context.identify(person, owner);
		person.setName(random.pick(SURNAMES) + random.pick(GIVEN));
		person.setTitle(title);
		data.persons.add(person);
		return person;
	}

	private Term speciality(String code) {
		return context.reference().term(ReferenceData.SPECIALITY, code);
	}

	private Enterprise enterprise(Agency owner, String name, boolean group, Enterprise parent, Jurisdiction where) {
		Enterprise enterprise = RegistryFactory.eINSTANCE.createEnterprise();
		context.identify(enterprise, owner);
		enterprise.setName(name);
		enterprise.setGroup(group);
		enterprise.setParent(parent);
		enterprise.setJurisdiction(where);
		enterprise.setCreditCode(String.format("91%s%010d", where.getCode(), Math.abs(random.uuid().hashCode()))); //$NON-NLS-1$
		data.enterprises.add(enterprise);
		return enterprise;
	}

	private void mine(Province spec, Enterprise company, Agency regulator, Jurisdiction county) {
		Mine mine = RegistryFactory.eINSTANCE.createMine();
		context.identify(mine, regulator);
		double roll = random.decimal(0, 1);
		MineKind kind = roll < spec.openPit() ? MineKind.OPEN_PIT_COAL
				: roll < spec.openPit() + spec.nonCoal() ? random.pick(new MineKind[] { MineKind.UNDERGROUND_NON_COAL, MineKind.TAILINGS_POND })
						: MineKind.UNDERGROUND_COAL;
		mine.setKind(kind);
		String suffix = switch (kind) {
		case OPEN_PIT_COAL -> "露天煤矿"; //$NON-NLS-1$
		case UNDERGROUND_NON_COAL -> "铁矿"; //$NON-NLS-1$
		case TAILINGS_POND -> "尾矿库"; //$NON-NLS-1$
		default -> "煤矿"; //$NON-NLS-1$
		};
		mine.setName(county.getName() + random.pick(MINE_WORDS) + (data.mines.size() % 9 + 1) + "号" + suffix); //$NON-NLS-1$
		mine.setEnterprise(company);
		mine.setProvince(county.province());
		mine.setCounty(county);
		mine.setAddress(county.getParent().getName() + county.getName());
		mine.setApprovedCapacity(BigDecimal.valueOf(random.between(3, 150) * 10L));
		mine.setLatitude(BigDecimal.valueOf(random.decimal(25, 48)).setScale(5, RoundingMode.HALF_UP));
		mine.setLongitude(BigDecimal.valueOf(random.decimal(104, 128)).setScale(5, RoundingMode.HALF_UP));
		history(mine);
		areas(mine);
		licence(mine, LicenceKind.MINING_LICENCE);
		licence(mine, LicenceKind.SAFETY_PRODUCTION_LICENCE);
		Person manager = person(regulator, "矿长"); //$NON-NLS-1$
		manager.setMine(mine);
		manager.setEnterprise(company);
		Person safety = person(regulator, "安全副矿长"); //$NON-NLS-1$
		safety.setMine(mine);
		safety.setEnterprise(company);
		data.mines.add(mine);
	}

	private void history(Mine mine) {
		boolean coal = mine.getKind() == MineKind.UNDERGROUND_COAL || mine.getKind() == MineKind.OPEN_PIT_COAL;
		status(mine, LocalDate.of(random.between(2012, 2019), random.between(1, 12), 1),
				random.chance(0.9) ? ProductionStatus.PRODUCING : ProductionStatus.CONSTRUCTING, "投产"); //$NON-NLS-1$
		double roll = random.decimal(0, 1);
		if (roll < 0.15) {
			LocalDate stopped = random.dateBetween(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 6, 30));
			status(mine, stopped, ProductionStatus.ORDERED_TO_STOP, "存在重大事故隐患，责令停产整改"); //$NON-NLS-1$
			if (random.chance(0.5)) {
				status(mine, stopped.plusDays(random.between(30, 90)), ProductionStatus.PRODUCING, "复工复产验收合格"); //$NON-NLS-1$
			}
		} else if (roll < 0.20) {
			status(mine, LocalDate.of(2020, random.between(1, 12), 1), ProductionStatus.LONG_TERM_STOPPED, "长期停产"); //$NON-NLS-1$
		} else if (roll < 0.23) {
			status(mine, LocalDate.of(2021, random.between(1, 6), 1), ProductionStatus.LISTED_FOR_EXIT, "列入淘汰退出计划"); //$NON-NLS-1$
		} else if (roll < 0.26) {
			status(mine, LocalDate.of(2020, random.between(1, 12), 15), ProductionStatus.CLOSED, "依法关闭"); //$NON-NLS-1$
		}
		for (LocalDate quarter : List.of(LocalDate.of(2020, 10, 1), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 4, 1), LocalDate.of(2021, 7, 1))) {
			if (quarter.equals(LocalDate.of(2020, 10, 1)) || random.chance(0.3)) {
				classification(mine, quarter, coal);
			}
		}
	}

	private void status(Mine mine, LocalDate since, ProductionStatus status, String reason) {
		StatusChange change = RegistryFactory.eINSTANCE.createStatusChange();
		change.setSince(since);
		change.setStatus(status);
		change.setReason(reason);
		mine.getStatusHistory().add(change);
	}

	private void classification(Mine mine, LocalDate since, boolean coal) {
		Classification c = RegistryFactory.eINSTANCE.createClassification();
		c.setSince(since);
		ProductionStatus status = mine.statusOn(since);
		boolean stopped = status != ProductionStatus.PRODUCING && status != ProductionStatus.CONSTRUCTING;
		c.setSupervisionClass(stopped ? SupervisionClass.D : random.pick(new SupervisionClass[] { SupervisionClass.A, SupervisionClass.B,
				SupervisionClass.B, SupervisionClass.C }));
		c.setGasClass(coal ? random.pick(new GasClass[] { GasClass.LOW, GasClass.LOW, GasClass.LOW, GasClass.HIGH, GasClass.OUTBURST }) : GasClass.UNRATED);
		c.setHydrogeologicalType(coal ? random.pick(new HydrogeologicalType[] { HydrogeologicalType.SIMPLE, HydrogeologicalType.MEDIUM,
				HydrogeologicalType.MEDIUM, HydrogeologicalType.COMPLEX, HydrogeologicalType.VERY_COMPLEX }) : HydrogeologicalType.UNRATED);
		c.setSpontaneousCombustion(coal ? random.pick(new SpontaneousCombustion[] { SpontaneousCombustion.PRONE, SpontaneousCombustion.COMBUSTIBLE,
				SpontaneousCombustion.NOT_PRONE }) : SpontaneousCombustion.UNRATED);
		c.setRockBurstRisk(coal && random.chance(0.1) ? random.pick(new RockBurstRisk[] { RockBurstRisk.WEAK, RockBurstRisk.MEDIUM, RockBurstRisk.STRONG })
				: RockBurstRisk.NONE);
		c.setStandardisationGrade(random.pick(new StandardisationGrade[] { StandardisationGrade.GRADE_1, StandardisationGrade.GRADE_2,
				StandardisationGrade.GRADE_2, StandardisationGrade.GRADE_3, StandardisationGrade.UNRATED }));
		c.setReason(since.getMonthValue() == 10 && since.getYear() == 2020 ? "年度分类" : "季度调整"); //$NON-NLS-1$ //$NON-NLS-2$
		mine.getClassHistory().add(c);
	}

	private void areas(Mine mine) {
		boolean openPit = mine.getKind() == MineKind.OPEN_PIT_COAL;
		List<AreaKind> kinds = openPit ? List.of(AreaKind.BENCH, AreaKind.DUMP) : List.of(AreaKind.COAL_FACE, AreaKind.HEADING_FACE, AreaKind.ROADWAY);
		for (AreaKind kind : kinds) {
			MineArea area = RegistryFactory.eINSTANCE.createMineArea();
			area.setId(random.uuid());
			area.setKind(kind);
			area.setName(random.between(1, 9) + "0" + random.between(1, 9) + switch (kind) { //$NON-NLS-1$
			case COAL_FACE -> "采煤工作面"; //$NON-NLS-1$
			case HEADING_FACE -> "掘进工作面"; //$NON-NLS-1$
			case BENCH -> "台阶"; //$NON-NLS-1$
			case DUMP -> "排土场"; //$NON-NLS-1$
			default -> "运输巷"; //$NON-NLS-1$
			});
			if (kind == AreaKind.COAL_FACE || kind == AreaKind.HEADING_FACE || kind == AreaKind.BENCH) {
				// in this year's mining plan; every seventh mine's first face is still worked on last year's plan (the
				// technical red line a Shanxi plugin checks). No random draw here: the rest of the data stays as it was.
				boolean outside = data.mines.size() % 7 == 3 && mine.getAreas().isEmpty();
				area.setPlannedYear(context.today().getYear() - (outside ? 1 : 0));
			}
			mine.getAreas().add(area);
		}
	}

	private void licence(Mine mine, LicenceKind kind) {
		Licence licence = RegistryFactory.eINSTANCE.createLicence();
		licence.setKind(kind);
		licence.setNumber((kind == LicenceKind.MINING_LICENCE ? "C" : "MK安许证字") + mine.getCounty().getCode() + random.between(100000, 999999)); //$NON-NLS-1$ //$NON-NLS-2$
		licence.setIssuedBy(kind == LicenceKind.MINING_LICENCE ? mine.getProvince().getName() + "自然资源厅" : mine.getProvince().getName() + "应急管理厅"); //$NON-NLS-1$ //$NON-NLS-2$
		licence.setValidFrom(LocalDate.of(random.between(2016, 2020), random.between(1, 12), 1));
		licence.setValidTo(licence.getValidFrom().plusYears(random.between(3, 10)));
		mine.getLicences().add(licence);
	}

	private Jurisdiction jurisdiction(String code) {
		Jurisdiction jurisdiction = context.reference().jurisdiction(code);
		if (jurisdiction == null) {
			throw new IllegalStateException("the divisions have no " + code); //$NON-NLS-1$
		}
		return jurisdiction;
	}
}
