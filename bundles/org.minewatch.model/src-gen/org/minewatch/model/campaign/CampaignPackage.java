/**
 */
package org.minewatch.model.campaign;

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
 * Campaigns as data: period, required templates and rounds, report calendar.
 * <!-- end-model-doc -->
 * @see org.minewatch.model.campaign.CampaignFactory
 * @model kind="package"
 * @generated
 */
public interface CampaignPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "campaign";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://minewatch.org/model/campaign/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mwcampaign";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CampaignPackage eINSTANCE = org.minewatch.model.campaign.impl.CampaignPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.minewatch.model.campaign.impl.CampaignImpl <em>Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.campaign.impl.CampaignImpl
	 * @see org.minewatch.model.campaign.impl.CampaignPackageImpl#getCampaign()
	 * @generated
	 */
	int CAMPAIGN = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ID = BasePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__OWNER = BasePackage.RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__REVISION = BasePackage.RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CREATED_AT = BasePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME = BasePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME_EN = BasePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__START_DATE = BasePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__END_DATE = BasePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Required Templates</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__REQUIRED_TEMPLATES = BasePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Rounds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ROUNDS = BasePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Report Calendar</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__REPORT_CALENDAR = BasePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = BasePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OPERATION_COUNT = BasePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.campaign.impl.CampaignRoundImpl <em>Round</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.campaign.impl.CampaignRoundImpl
	 * @see org.minewatch.model.campaign.impl.CampaignPackageImpl#getCampaignRound()
	 * @generated
	 */
	int CAMPAIGN_ROUND = 1;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_ROUND__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_ROUND__START_DATE = 1;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_ROUND__END_DATE = 2;

	/**
	 * The number of structural features of the '<em>Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_ROUND_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_ROUND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.campaign.impl.ReportDeadlineImpl <em>Report Deadline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.campaign.impl.ReportDeadlineImpl
	 * @see org.minewatch.model.campaign.impl.CampaignPackageImpl#getReportDeadline()
	 * @generated
	 */
	int REPORT_DEADLINE = 2;

	/**
	 * The feature id for the '<em><b>Report Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_DEADLINE__REPORT_KIND = 0;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_DEADLINE__FREQUENCY = 1;

	/**
	 * The feature id for the '<em><b>Due Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_DEADLINE__DUE_DAY = 2;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_DEADLINE__LEVEL = 3;

	/**
	 * The number of structural features of the '<em>Report Deadline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_DEADLINE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Report Deadline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_DEADLINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.campaign.ReportFrequency <em>Report Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.campaign.ReportFrequency
	 * @see org.minewatch.model.campaign.impl.CampaignPackageImpl#getReportFrequency()
	 * @generated
	 */
	int REPORT_FREQUENCY = 3;


	/**
	 * Returns the meta object for class '{@link org.minewatch.model.campaign.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign</em>'.
	 * @see org.minewatch.model.campaign.Campaign
	 * @generated
	 */
	EClass getCampaign();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.campaign.Campaign#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.minewatch.model.campaign.Campaign#getName()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.campaign.Campaign#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.minewatch.model.campaign.Campaign#getNameEn()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.campaign.Campaign#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.minewatch.model.campaign.Campaign#getStartDate()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.campaign.Campaign#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.minewatch.model.campaign.Campaign#getEndDate()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_EndDate();

	/**
	 * Returns the meta object for the reference list '{@link org.minewatch.model.campaign.Campaign#getRequiredTemplates <em>Required Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Required Templates</em>'.
	 * @see org.minewatch.model.campaign.Campaign#getRequiredTemplates()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_RequiredTemplates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.campaign.Campaign#getRounds <em>Rounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rounds</em>'.
	 * @see org.minewatch.model.campaign.Campaign#getRounds()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Rounds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.campaign.Campaign#getReportCalendar <em>Report Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Report Calendar</em>'.
	 * @see org.minewatch.model.campaign.Campaign#getReportCalendar()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_ReportCalendar();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.campaign.CampaignRound <em>Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Round</em>'.
	 * @see org.minewatch.model.campaign.CampaignRound
	 * @generated
	 */
	EClass getCampaignRound();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.campaign.CampaignRound#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.minewatch.model.campaign.CampaignRound#getNumber()
	 * @see #getCampaignRound()
	 * @generated
	 */
	EAttribute getCampaignRound_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.campaign.CampaignRound#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.minewatch.model.campaign.CampaignRound#getStartDate()
	 * @see #getCampaignRound()
	 * @generated
	 */
	EAttribute getCampaignRound_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.campaign.CampaignRound#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.minewatch.model.campaign.CampaignRound#getEndDate()
	 * @see #getCampaignRound()
	 * @generated
	 */
	EAttribute getCampaignRound_EndDate();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.campaign.ReportDeadline <em>Report Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report Deadline</em>'.
	 * @see org.minewatch.model.campaign.ReportDeadline
	 * @generated
	 */
	EClass getReportDeadline();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.campaign.ReportDeadline#getReportKind <em>Report Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Report Kind</em>'.
	 * @see org.minewatch.model.campaign.ReportDeadline#getReportKind()
	 * @see #getReportDeadline()
	 * @generated
	 */
	EAttribute getReportDeadline_ReportKind();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.campaign.ReportDeadline#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.minewatch.model.campaign.ReportDeadline#getFrequency()
	 * @see #getReportDeadline()
	 * @generated
	 */
	EAttribute getReportDeadline_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.campaign.ReportDeadline#getDueDay <em>Due Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Day</em>'.
	 * @see org.minewatch.model.campaign.ReportDeadline#getDueDay()
	 * @see #getReportDeadline()
	 * @generated
	 */
	EAttribute getReportDeadline_DueDay();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.campaign.ReportDeadline#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.minewatch.model.campaign.ReportDeadline#getLevel()
	 * @see #getReportDeadline()
	 * @generated
	 */
	EAttribute getReportDeadline_Level();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.campaign.ReportFrequency <em>Report Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Report Frequency</em>'.
	 * @see org.minewatch.model.campaign.ReportFrequency
	 * @generated
	 */
	EEnum getReportFrequency();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CampaignFactory getCampaignFactory();

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
		 * The meta object literal for the '{@link org.minewatch.model.campaign.impl.CampaignImpl <em>Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.campaign.impl.CampaignImpl
		 * @see org.minewatch.model.campaign.impl.CampaignPackageImpl#getCampaign()
		 * @generated
		 */
		EClass CAMPAIGN = eINSTANCE.getCampaign();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__NAME = eINSTANCE.getCampaign_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__NAME_EN = eINSTANCE.getCampaign_NameEn();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__START_DATE = eINSTANCE.getCampaign_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__END_DATE = eINSTANCE.getCampaign_EndDate();

		/**
		 * The meta object literal for the '<em><b>Required Templates</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__REQUIRED_TEMPLATES = eINSTANCE.getCampaign_RequiredTemplates();

		/**
		 * The meta object literal for the '<em><b>Rounds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__ROUNDS = eINSTANCE.getCampaign_Rounds();

		/**
		 * The meta object literal for the '<em><b>Report Calendar</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__REPORT_CALENDAR = eINSTANCE.getCampaign_ReportCalendar();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.campaign.impl.CampaignRoundImpl <em>Round</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.campaign.impl.CampaignRoundImpl
		 * @see org.minewatch.model.campaign.impl.CampaignPackageImpl#getCampaignRound()
		 * @generated
		 */
		EClass CAMPAIGN_ROUND = eINSTANCE.getCampaignRound();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_ROUND__NUMBER = eINSTANCE.getCampaignRound_Number();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_ROUND__START_DATE = eINSTANCE.getCampaignRound_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_ROUND__END_DATE = eINSTANCE.getCampaignRound_EndDate();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.campaign.impl.ReportDeadlineImpl <em>Report Deadline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.campaign.impl.ReportDeadlineImpl
		 * @see org.minewatch.model.campaign.impl.CampaignPackageImpl#getReportDeadline()
		 * @generated
		 */
		EClass REPORT_DEADLINE = eINSTANCE.getReportDeadline();

		/**
		 * The meta object literal for the '<em><b>Report Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_DEADLINE__REPORT_KIND = eINSTANCE.getReportDeadline_ReportKind();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_DEADLINE__FREQUENCY = eINSTANCE.getReportDeadline_Frequency();

		/**
		 * The meta object literal for the '<em><b>Due Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_DEADLINE__DUE_DAY = eINSTANCE.getReportDeadline_DueDay();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_DEADLINE__LEVEL = eINSTANCE.getReportDeadline_Level();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.campaign.ReportFrequency <em>Report Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.campaign.ReportFrequency
		 * @see org.minewatch.model.campaign.impl.CampaignPackageImpl#getReportFrequency()
		 * @generated
		 */
		EEnum REPORT_FREQUENCY = eINSTANCE.getReportFrequency();

	}

} //CampaignPackage
