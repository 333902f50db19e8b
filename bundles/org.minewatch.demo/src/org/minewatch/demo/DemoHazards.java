package org.minewatch.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.minewatch.model.hazard.Acceptance;
import org.minewatch.model.hazard.CriteriaEdition;
import org.minewatch.model.hazard.CriterionCategory;
import org.minewatch.model.hazard.DeadlineExtension;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.MineHazardGrade;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.model.hazard.RectificationPlan;
import org.minewatch.model.hazard.Supervision;
import org.minewatch.model.hazard.Transition;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.AttachmentKind;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.people.Person;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineKind;
import org.minewatch.model.time.Zones;

/** Hazards in every state of the lifecycle, with what each state requires: 五落实, plan, supervision, acceptance. */
final class DemoHazards {

	static final String[] PROBLEMS = { "局部瓦斯积聚未及时处理", "探放水设计未按规定审批", "顶板支护间距超过规程要求", "设备保护装置失效", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"监控传感器位置不符合规定", "密闭墙漏风", "动火作业未落实安全措施", "安全出口不畅通" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final List<HazardState> STATES = List.of(HazardState.values());
	private static final String[] CATEGORIES = { "SITE-01", "SITE-02", "SITE-03", "SITE-04", "SITE-07", "SITE-08", "EQUIP-03", "EQUIP-10" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	private final DemoContext context;
	private final DemoRandom random;
	private final DemoDataSet data;
	private int sequence;

	DemoHazards(DemoContext context) {
		this.context = context;
		this.random = context.random();
		this.data = context.data();
	}

	void fromInspection(Inspection inspection, ItemResult result, Person finder) {
		Hazard hazard = hazard(inspection.getMine(), inspection.getOwner(), finder, inspection.getStartedAt());
		hazard.setSource(HazardSource.INSPECTION);
		hazard.setSourceInspection(inspection);
		hazard.setSourceResult(result);
		hazard.setDescription(result.getStateAsFound());
		result.setHazard(hazard);
		if (hazard.getGrade() == HazardGrade.GENERAL && sequence % 9 == 4) {
			fixOnSpot(hazard, finder);
			result.setFixedOnSpot(true);
		} else {
			advance(hazard, STATES.get(sequence % STATES.size()), finder);
		}
	}

	/** Hazards registered by hand: from patrols, reports and monitoring alarms, some voided, extended or repeated. */
	void registerByHand(List<Mine> mines) {
		HazardSource[] sources = { HazardSource.PATROL, HazardSource.REPORT, HazardSource.MONITORING_ALARM };
		for (Mine mine : mines) {
			Person finder = inspectorOf(mine.getOwner());
			Instant found = random.during(random.dateBetween(DemoContext.CAMPAIGN_START, context.today().minusDays(30)));
			Hazard hazard = hazard(mine, mine.getOwner(), finder, found);
			hazard.setSource(sources[sequence % sources.length]);
			hazard.setDescription(random.pick(PROBLEMS));
			advance(hazard, STATES.get(sequence % STATES.size()), finder);
		}
		Hazard registered = data.hazards.stream().filter(h -> h.getState() == HazardState.REGISTERED).findFirst().orElseThrow();
		registered.setVoidedAt(registered.getFoundAt().plus(2, ChronoUnit.DAYS));
		registered.setVoidedBy(registered.getFoundBy());
		registered.setVoidReason("重复登记，与同一检查中的另一条隐患相同"); //$NON-NLS-1$
		extendDeadline(data.hazards.stream().filter(h -> h.getState() == HazardState.RECTIFYING).findFirst().orElseThrow());
		Hazard closed = data.hazards.stream().filter(h -> h.getState() == HazardState.CLOSED && !h.isFixedOnSpot()).findFirst().orElseThrow();
		Hazard repeat = hazard(closed.getMine(), closed.getOwner(), closed.getFoundBy(), context.today().minusDays(10).atStartOfDay(Zones.CHINA).toInstant());
		repeat.setSource(HazardSource.PATROL);
		repeat.setDescription(closed.getDescription());
		repeat.setCategory(closed.getCategory());
		repeat.setArea(closed.getArea());
		repeat.setRepeatOf(closed);
		advance(repeat, HazardState.REGISTERED, closed.getFoundBy());
	}

	private Hazard hazard(Mine mine, Agency owner, Person finder, Instant found) {
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		context.identify(hazard, owner);
		sequence++;
		hazard.setNumber(String.format("YH-2021-%05d", sequence)); //$NON-NLS-1$
		hazard.setMine(mine);
		hazard.setArea(random.pick(mine.getAreas()));
		hazard.setPlace(hazard.getArea().getName() + "距切眼" + random.between(10, 300) + "米处"); //$NON-NLS-1$ //$NON-NLS-2$
		hazard.setCategory(context.reference().term(ReferenceData.HAZARD_CATEGORY, random.pick(CATEGORIES)));
		hazard.setFoundBy(finder);
		hazard.setFoundAt(found);
		hazard.setState(HazardState.FOUND);
		boolean coal = mine.getKind() == MineKind.UNDERGROUND_COAL || mine.getKind() == MineKind.OPEN_PIT_COAL;
		if (sequence % 7 == 3) {
			hazard.setGrade(HazardGrade.MAJOR);
			hazard.setMineGrade(MineHazardGrade.A);
			CriteriaEdition criteria = coal ? context.reference().criteriaFor(mine.getKind(), LocalDate.ofInstant(found, Zones.CHINA)) : null;
			if (criteria != null) {
				CriterionCategory category = random.pick(criteria.getCategories());
				hazard.setCitation(ReferenceData.cite(criteria, random.pick(category.getCriteria()).getCode()));
			}
		} else {
			hazard.setGrade(HazardGrade.GENERAL);
			hazard.setMineGrade(random.pick(new MineHazardGrade[] { MineHazardGrade.A, MineHazardGrade.B, MineHazardGrade.C }));
		}
		data.hazards.add(hazard);
		return hazard;
	}

	/** Walks the hazard from found to {@code target}, adding what each step requires. */
	private void advance(Hazard hazard, HazardState target, Person finder) {
		boolean major = hazard.getGrade() == HazardGrade.MAJOR;
		HazardState goal = !major && target == HazardState.SUPERVISED ? HazardState.RECTIFYING : target;
		Instant at = hazard.getFoundAt();
		Person rectifier = staffOf(hazard.getMine());
		for (HazardState next : STATES.subList(1, STATES.indexOf(goal) + 1)) {
			if (next == HazardState.SUPERVISED && !major) {
				continue;
			}
			at = at.plus(random.between(1, 6), ChronoUnit.DAYS);
			switch (next) {
			case RECTIFYING -> {
				hazard.setRectification(rectification(hazard, rectifier, at));
				if (major) {
					hazard.setPlan(plan());
					hazard.setAreaStopped(true);
				}
			}
			case SUPERVISED -> hazard.setSupervision(supervision(hazard, at));
			case ACCEPTED -> {
				hazard.getAcceptances().add(acceptance(hazard, inspectorOf(hazard.getOwner()), at, true));
				hazard.setAreaStopped(false);
				if (hazard.getSupervision() != null) {
					hazard.getSupervision().setLiftedAt(at);
				}
			}
			default -> {
				// registered and closed need nothing beyond the transition
			}
			}
			transition(hazard, next, at, next == HazardState.RECTIFYING ? rectifier : finder);
		}
	}

	private void fixOnSpot(Hazard hazard, Person finder) {
		hazard.setFixedOnSpot(true);
		hazard.getAttachments().add(photo(hazard, "当场整改后照片", hazard.getFoundAt())); //$NON-NLS-1$
		transition(hazard, HazardState.CLOSED, hazard.getFoundAt().plus(2, ChronoUnit.HOURS), finder);
	}

	private Rectification rectification(Hazard hazard, Person rectifier, Instant at) {
		boolean major = hazard.getGrade() == HazardGrade.MAJOR;
		Rectification r = HazardFactory.eINSTANCE.createRectification();
		r.setResponsiblePerson(rectifier);
		r.setResponsiblePersonName(rectifier.getName());
		r.setMeasures("立即停止相关作业，制定整改措施并组织实施，整改完成后申请验收"); //$NON-NLS-1$
		r.setDeadline(LocalDate.ofInstant(at, Zones.CHINA).plusDays(major ? random.between(30, 60) : random.between(5, 20)));
		if (major) {
			r.setResponsibleUnit(hazard.getMine().getName() + "安全科"); //$NON-NLS-1$
			r.setFunds(BigDecimal.valueOf(random.between(5, 200)));
			r.setContingencyPlan("撤出受威胁区域人员，设置警戒，启动矿井应急预案"); //$NON-NLS-1$
		}
		return r;
	}

	private static RectificationPlan plan() {
		RectificationPlan plan = HazardFactory.eINSTANCE.createRectificationPlan();
		plan.setGoalsAndTasks("消除重大事故隐患，恢复受威胁区域安全生产条件"); //$NON-NLS-1$
		plan.setMethodsAndMeasures("停止受威胁区域作业，按设计实施治理工程"); //$NON-NLS-1$
		plan.setFundsAndMaterials("矿井安全费用列支，物资由供应科保障"); //$NON-NLS-1$
		plan.setResponsibleBodies("矿长负总责，分管副矿长具体负责"); //$NON-NLS-1$
		plan.setTimeLimit("按挂牌督办期限完成"); //$NON-NLS-1$
		plan.setSafetyMeasures("治理期间落实专项安全技术措施和应急预案"); //$NON-NLS-1$
		return plan;
	}

	private Supervision supervision(Hazard hazard, Instant at) {
		Supervision supervision = HazardFactory.eINSTANCE.createSupervision();
		Agency owner = hazard.getOwner();
		supervision.setAgency(owner.getParent() != null ? owner.getParent() : owner);
		supervision.setNumber(String.format("督办〔2021〕%d号", sequence)); //$NON-NLS-1$
		supervision.setListedAt(at);
		return supervision;
	}

	private Acceptance acceptance(Hazard hazard, Person checker, Instant at, boolean passed) {
		Acceptance acceptance = HazardFactory.eINSTANCE.createAcceptance();
		acceptance.setCheckedBy(checker);
		acceptance.setCheckedAt(at);
		acceptance.setPassed(passed);
		acceptance.setRemarks(passed ? "现场复查，整改到位" : "现场复查，整改不到位，退回整改"); //$NON-NLS-1$ //$NON-NLS-2$
		Attachment before = photo(hazard, "整改前照片", hazard.getFoundAt()); //$NON-NLS-1$
		Attachment after = photo(hazard, "整改后照片", at); //$NON-NLS-1$
		hazard.getAttachments().add(before);
		hazard.getAttachments().add(after);
		acceptance.getPhotosBefore().add(before);
		acceptance.getPhotosAfter().add(after);
		return acceptance;
	}

	private void extendDeadline(Hazard hazard) {
		DeadlineExtension extension = HazardFactory.eINSTANCE.createDeadlineExtension();
		extension.setPreviousDeadline(hazard.getRectification().getDeadline());
		extension.setNewDeadline(extension.getPreviousDeadline().plusDays(15));
		extension.setReason("治理工程量大，需延长工期"); //$NON-NLS-1$
		extension.setApprovedBy(inspectorOf(hazard.getOwner()));
		extension.setApprovedAt(random.during(extension.getPreviousDeadline().minusDays(3)));
		hazard.getExtensions().add(extension);
		hazard.getRectification().setDeadline(extension.getNewDeadline());
		Acceptance failed = acceptance(hazard, inspectorOf(hazard.getOwner()), random.during(extension.getPreviousDeadline().minusDays(5)), false);
		hazard.getAcceptances().add(failed);
	}

	private void transition(Hazard hazard, HazardState to, Instant at, Person by) {
		Transition transition = HazardFactory.eINSTANCE.createTransition();
		transition.setFrom(hazard.getState());
		transition.setTo(to);
		transition.setAt(at);
		transition.setBy(by);
		hazard.getTransitions().add(transition);
		hazard.setState(to);
	}

	/** A photo record whose content is {@link #content}; the store keeps those bytes. */
	private Attachment photo(Hazard hazard, String caption, Instant at) {
		Attachment photo = InspectionFactory.eINSTANCE.createAttachment();
		context.identify(photo, hazard.getOwner());
		photo.setKind(AttachmentKind.PHOTO);
		photo.setFileName(hazard.getNumber() + "-" + (hazard.getAttachments().size() + 1) + ".jpg"); //$NON-NLS-1$ //$NON-NLS-2$
		photo.setMediaType("image/jpeg"); //$NON-NLS-1$
		photo.setCaption(caption);
		photo.setTakenAt(at);
		byte[] bytes = content(photo);
		photo.setSize(bytes.length);
		photo.setSha256(sha256(bytes));
		return photo;
	}

	/** The demo content of an attachment: derived from its id, so it can be produced again when needed. */
	public static byte[] content(Attachment attachment) {
		return ("Minewatch demo attachment " + attachment.getId() + " " + attachment.getCaption()).getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private Person staffOf(Mine mine) {
		return data.persons.stream().filter(p -> p.getMine() == mine).findFirst().orElseThrow();
	}

	private Person inspectorOf(Agency agency) {
		return data.persons.stream().filter(p -> p.getAgency() == agency).findFirst().orElseThrow();
	}
}
