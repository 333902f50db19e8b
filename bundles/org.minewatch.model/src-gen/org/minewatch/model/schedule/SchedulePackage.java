/**
 */
package org.minewatch.model.schedule;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.minewatch.model.base.BasePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Resident monitors, patrols and surprise checks, investigation plans.
 * <!-- end-model-doc -->
 * @see org.minewatch.model.schedule.ScheduleFactory
 * @model kind="package"
 * @generated
 */
public interface SchedulePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "schedule";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://minewatch.org/model/schedule/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mwschedule";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SchedulePackage eINSTANCE = org.minewatch.model.schedule.impl.SchedulePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.minewatch.model.schedule.impl.MonitorAssignmentImpl <em>Monitor Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.schedule.impl.MonitorAssignmentImpl
	 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getMonitorAssignment()
	 * @generated
	 */
	int MONITOR_ASSIGNMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_ASSIGNMENT__ID = BasePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_ASSIGNMENT__OWNER = BasePackage.RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_ASSIGNMENT__REVISION = BasePackage.RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_ASSIGNMENT__CREATED_AT = BasePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_ASSIGNMENT__PERSON = BasePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_ASSIGNMENT__MINE = BasePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_ASSIGNMENT__START_DATE = BasePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_ASSIGNMENT__END_DATE = BasePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_ASSIGNMENT__REASON = BasePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Monitor Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_ASSIGNMENT_FEATURE_COUNT = BasePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Monitor Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITOR_ASSIGNMENT_OPERATION_COUNT = BasePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.schedule.impl.VisitImpl <em>Visit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.schedule.impl.VisitImpl
	 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getVisit()
	 * @generated
	 */
	int VISIT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__ID = BasePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__OWNER = BasePackage.RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__REVISION = BasePackage.RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__CREATED_AT = BasePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__KIND = BasePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__MINE = BasePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__PLANNED_DATE = BasePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Done Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__DONE_DATE = BasePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Team</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__TEAM = BasePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Inspection</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__INSPECTION = BasePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_FEATURE_COUNT = BasePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_OPERATION_COUNT = BasePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.schedule.impl.InvestigationPlanImpl <em>Investigation Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.schedule.impl.InvestigationPlanImpl
	 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getInvestigationPlan()
	 * @generated
	 */
	int INVESTIGATION_PLAN = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_PLAN__ID = BasePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_PLAN__OWNER = BasePackage.RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_PLAN__REVISION = BasePackage.RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_PLAN__CREATED_AT = BasePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_PLAN__NAME = BasePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_PLAN__AGENCY = BasePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_PLAN__CAMPAIGN = BasePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_PLAN__START_DATE = BasePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_PLAN__END_DATE = BasePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Teams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_PLAN__TEAMS = BasePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_PLAN__TARGETS = BasePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Investigation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_PLAN_FEATURE_COUNT = BasePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Investigation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_PLAN_OPERATION_COUNT = BasePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.schedule.impl.PlanTeamImpl <em>Plan Team</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.schedule.impl.PlanTeamImpl
	 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getPlanTeam()
	 * @generated
	 */
	int PLAN_TEAM = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TEAM__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TEAM__NAME = 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TEAM__MEMBERS = 2;

	/**
	 * The number of structural features of the '<em>Plan Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TEAM_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Plan Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TEAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.schedule.impl.PlanTargetImpl <em>Plan Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.schedule.impl.PlanTargetImpl
	 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getPlanTarget()
	 * @generated
	 */
	int PLAN_TARGET = 4;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TARGET__ORDER = 0;

	/**
	 * The feature id for the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TARGET__MINE = 1;

	/**
	 * The feature id for the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TARGET__TEAM = 2;

	/**
	 * The feature id for the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TARGET__PLANNED_START = 3;

	/**
	 * The feature id for the '<em><b>Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TARGET__DAYS = 4;

	/**
	 * The number of structural features of the '<em>Plan Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TARGET_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Plan Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.schedule.MonitorReason <em>Monitor Reason</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.schedule.MonitorReason
	 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getMonitorReason()
	 * @generated
	 */
	int MONITOR_REASON = 5;

	/**
	 * The meta object id for the '{@link org.minewatch.model.schedule.VisitKind <em>Visit Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.schedule.VisitKind
	 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getVisitKind()
	 * @generated
	 */
	int VISIT_KIND = 6;


	/**
	 * Returns the meta object for class '{@link org.minewatch.model.schedule.MonitorAssignment <em>Monitor Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Monitor Assignment</em>'.
	 * @see org.minewatch.model.schedule.MonitorAssignment
	 * @generated
	 */
	EClass getMonitorAssignment();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.schedule.MonitorAssignment#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.minewatch.model.schedule.MonitorAssignment#getPerson()
	 * @see #getMonitorAssignment()
	 * @generated
	 */
	EReference getMonitorAssignment_Person();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.schedule.MonitorAssignment#getMine <em>Mine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mine</em>'.
	 * @see org.minewatch.model.schedule.MonitorAssignment#getMine()
	 * @see #getMonitorAssignment()
	 * @generated
	 */
	EReference getMonitorAssignment_Mine();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.MonitorAssignment#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.minewatch.model.schedule.MonitorAssignment#getStartDate()
	 * @see #getMonitorAssignment()
	 * @generated
	 */
	EAttribute getMonitorAssignment_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.MonitorAssignment#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.minewatch.model.schedule.MonitorAssignment#getEndDate()
	 * @see #getMonitorAssignment()
	 * @generated
	 */
	EAttribute getMonitorAssignment_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.MonitorAssignment#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.minewatch.model.schedule.MonitorAssignment#getReason()
	 * @see #getMonitorAssignment()
	 * @generated
	 */
	EAttribute getMonitorAssignment_Reason();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.schedule.Visit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Visit</em>'.
	 * @see org.minewatch.model.schedule.Visit
	 * @generated
	 */
	EClass getVisit();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.Visit#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.minewatch.model.schedule.Visit#getKind()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.schedule.Visit#getMine <em>Mine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mine</em>'.
	 * @see org.minewatch.model.schedule.Visit#getMine()
	 * @see #getVisit()
	 * @generated
	 */
	EReference getVisit_Mine();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.Visit#getPlannedDate <em>Planned Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Date</em>'.
	 * @see org.minewatch.model.schedule.Visit#getPlannedDate()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_PlannedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.Visit#getDoneDate <em>Done Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done Date</em>'.
	 * @see org.minewatch.model.schedule.Visit#getDoneDate()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_DoneDate();

	/**
	 * Returns the meta object for the reference list '{@link org.minewatch.model.schedule.Visit#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Team</em>'.
	 * @see org.minewatch.model.schedule.Visit#getTeam()
	 * @see #getVisit()
	 * @generated
	 */
	EReference getVisit_Team();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.schedule.Visit#getInspection <em>Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Inspection</em>'.
	 * @see org.minewatch.model.schedule.Visit#getInspection()
	 * @see #getVisit()
	 * @generated
	 */
	EReference getVisit_Inspection();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.schedule.InvestigationPlan <em>Investigation Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Investigation Plan</em>'.
	 * @see org.minewatch.model.schedule.InvestigationPlan
	 * @generated
	 */
	EClass getInvestigationPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.InvestigationPlan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.minewatch.model.schedule.InvestigationPlan#getName()
	 * @see #getInvestigationPlan()
	 * @generated
	 */
	EAttribute getInvestigationPlan_Name();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.schedule.InvestigationPlan#getAgency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Agency</em>'.
	 * @see org.minewatch.model.schedule.InvestigationPlan#getAgency()
	 * @see #getInvestigationPlan()
	 * @generated
	 */
	EReference getInvestigationPlan_Agency();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.schedule.InvestigationPlan#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see org.minewatch.model.schedule.InvestigationPlan#getCampaign()
	 * @see #getInvestigationPlan()
	 * @generated
	 */
	EReference getInvestigationPlan_Campaign();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.InvestigationPlan#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.minewatch.model.schedule.InvestigationPlan#getStartDate()
	 * @see #getInvestigationPlan()
	 * @generated
	 */
	EAttribute getInvestigationPlan_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.InvestigationPlan#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.minewatch.model.schedule.InvestigationPlan#getEndDate()
	 * @see #getInvestigationPlan()
	 * @generated
	 */
	EAttribute getInvestigationPlan_EndDate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.schedule.InvestigationPlan#getTeams <em>Teams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Teams</em>'.
	 * @see org.minewatch.model.schedule.InvestigationPlan#getTeams()
	 * @see #getInvestigationPlan()
	 * @generated
	 */
	EReference getInvestigationPlan_Teams();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.schedule.InvestigationPlan#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.minewatch.model.schedule.InvestigationPlan#getTargets()
	 * @see #getInvestigationPlan()
	 * @generated
	 */
	EReference getInvestigationPlan_Targets();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.schedule.PlanTeam <em>Plan Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Team</em>'.
	 * @see org.minewatch.model.schedule.PlanTeam
	 * @generated
	 */
	EClass getPlanTeam();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.PlanTeam#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.minewatch.model.schedule.PlanTeam#getId()
	 * @see #getPlanTeam()
	 * @generated
	 */
	EAttribute getPlanTeam_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.PlanTeam#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.minewatch.model.schedule.PlanTeam#getName()
	 * @see #getPlanTeam()
	 * @generated
	 */
	EAttribute getPlanTeam_Name();

	/**
	 * Returns the meta object for the reference list '{@link org.minewatch.model.schedule.PlanTeam#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.minewatch.model.schedule.PlanTeam#getMembers()
	 * @see #getPlanTeam()
	 * @generated
	 */
	EReference getPlanTeam_Members();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.schedule.PlanTarget <em>Plan Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Target</em>'.
	 * @see org.minewatch.model.schedule.PlanTarget
	 * @generated
	 */
	EClass getPlanTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.PlanTarget#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.minewatch.model.schedule.PlanTarget#getOrder()
	 * @see #getPlanTarget()
	 * @generated
	 */
	EAttribute getPlanTarget_Order();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.schedule.PlanTarget#getMine <em>Mine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mine</em>'.
	 * @see org.minewatch.model.schedule.PlanTarget#getMine()
	 * @see #getPlanTarget()
	 * @generated
	 */
	EReference getPlanTarget_Mine();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.schedule.PlanTarget#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Team</em>'.
	 * @see org.minewatch.model.schedule.PlanTarget#getTeam()
	 * @see #getPlanTarget()
	 * @generated
	 */
	EReference getPlanTarget_Team();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.PlanTarget#getPlannedStart <em>Planned Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Start</em>'.
	 * @see org.minewatch.model.schedule.PlanTarget#getPlannedStart()
	 * @see #getPlanTarget()
	 * @generated
	 */
	EAttribute getPlanTarget_PlannedStart();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.schedule.PlanTarget#getDays <em>Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Days</em>'.
	 * @see org.minewatch.model.schedule.PlanTarget#getDays()
	 * @see #getPlanTarget()
	 * @generated
	 */
	EAttribute getPlanTarget_Days();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.schedule.MonitorReason <em>Monitor Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Monitor Reason</em>'.
	 * @see org.minewatch.model.schedule.MonitorReason
	 * @generated
	 */
	EEnum getMonitorReason();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.schedule.VisitKind <em>Visit Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Visit Kind</em>'.
	 * @see org.minewatch.model.schedule.VisitKind
	 * @generated
	 */
	EEnum getVisitKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ScheduleFactory getScheduleFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.minewatch.model.schedule.impl.MonitorAssignmentImpl <em>Monitor Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.schedule.impl.MonitorAssignmentImpl
		 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getMonitorAssignment()
		 * @generated
		 */
		EClass MONITOR_ASSIGNMENT = eINSTANCE.getMonitorAssignment();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITOR_ASSIGNMENT__PERSON = eINSTANCE.getMonitorAssignment_Person();

		/**
		 * The meta object literal for the '<em><b>Mine</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITOR_ASSIGNMENT__MINE = eINSTANCE.getMonitorAssignment_Mine();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITOR_ASSIGNMENT__START_DATE = eINSTANCE.getMonitorAssignment_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITOR_ASSIGNMENT__END_DATE = eINSTANCE.getMonitorAssignment_EndDate();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITOR_ASSIGNMENT__REASON = eINSTANCE.getMonitorAssignment_Reason();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.schedule.impl.VisitImpl <em>Visit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.schedule.impl.VisitImpl
		 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getVisit()
		 * @generated
		 */
		EClass VISIT = eINSTANCE.getVisit();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__KIND = eINSTANCE.getVisit_Kind();

		/**
		 * The meta object literal for the '<em><b>Mine</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VISIT__MINE = eINSTANCE.getVisit_Mine();

		/**
		 * The meta object literal for the '<em><b>Planned Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__PLANNED_DATE = eINSTANCE.getVisit_PlannedDate();

		/**
		 * The meta object literal for the '<em><b>Done Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__DONE_DATE = eINSTANCE.getVisit_DoneDate();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VISIT__TEAM = eINSTANCE.getVisit_Team();

		/**
		 * The meta object literal for the '<em><b>Inspection</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VISIT__INSPECTION = eINSTANCE.getVisit_Inspection();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.schedule.impl.InvestigationPlanImpl <em>Investigation Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.schedule.impl.InvestigationPlanImpl
		 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getInvestigationPlan()
		 * @generated
		 */
		EClass INVESTIGATION_PLAN = eINSTANCE.getInvestigationPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION_PLAN__NAME = eINSTANCE.getInvestigationPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Agency</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION_PLAN__AGENCY = eINSTANCE.getInvestigationPlan_Agency();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION_PLAN__CAMPAIGN = eINSTANCE.getInvestigationPlan_Campaign();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION_PLAN__START_DATE = eINSTANCE.getInvestigationPlan_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION_PLAN__END_DATE = eINSTANCE.getInvestigationPlan_EndDate();

		/**
		 * The meta object literal for the '<em><b>Teams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION_PLAN__TEAMS = eINSTANCE.getInvestigationPlan_Teams();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION_PLAN__TARGETS = eINSTANCE.getInvestigationPlan_Targets();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.schedule.impl.PlanTeamImpl <em>Plan Team</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.schedule.impl.PlanTeamImpl
		 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getPlanTeam()
		 * @generated
		 */
		EClass PLAN_TEAM = eINSTANCE.getPlanTeam();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TEAM__ID = eINSTANCE.getPlanTeam_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TEAM__NAME = eINSTANCE.getPlanTeam_Name();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_TEAM__MEMBERS = eINSTANCE.getPlanTeam_Members();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.schedule.impl.PlanTargetImpl <em>Plan Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.schedule.impl.PlanTargetImpl
		 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getPlanTarget()
		 * @generated
		 */
		EClass PLAN_TARGET = eINSTANCE.getPlanTarget();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TARGET__ORDER = eINSTANCE.getPlanTarget_Order();

		/**
		 * The meta object literal for the '<em><b>Mine</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_TARGET__MINE = eINSTANCE.getPlanTarget_Mine();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_TARGET__TEAM = eINSTANCE.getPlanTarget_Team();

		/**
		 * The meta object literal for the '<em><b>Planned Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TARGET__PLANNED_START = eINSTANCE.getPlanTarget_PlannedStart();

		/**
		 * The meta object literal for the '<em><b>Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TARGET__DAYS = eINSTANCE.getPlanTarget_Days();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.schedule.MonitorReason <em>Monitor Reason</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.schedule.MonitorReason
		 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getMonitorReason()
		 * @generated
		 */
		EEnum MONITOR_REASON = eINSTANCE.getMonitorReason();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.schedule.VisitKind <em>Visit Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.schedule.VisitKind
		 * @see org.minewatch.model.schedule.impl.SchedulePackageImpl#getVisitKind()
		 * @generated
		 */
		EEnum VISIT_KIND = eINSTANCE.getVisitKind();

	}

} //SchedulePackage
