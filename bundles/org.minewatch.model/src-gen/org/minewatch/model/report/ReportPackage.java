/**
 */
package org.minewatch.model.report;

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
 * Reports: the three reports, monthly progress, analysis; their status and sections.
 * <!-- end-model-doc -->
 * @see org.minewatch.model.report.ReportFactory
 * @model kind="package"
 * @generated
 */
public interface ReportPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "report";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://minewatch.org/model/report/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mwreport";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ReportPackage eINSTANCE = org.minewatch.model.report.impl.ReportPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.minewatch.model.report.impl.ReportImpl <em>Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.report.impl.ReportImpl
	 * @see org.minewatch.model.report.impl.ReportPackageImpl#getReport()
	 * @generated
	 */
	int REPORT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__ID = BasePackage.LEGAL_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__OWNER = BasePackage.LEGAL_RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__REVISION = BasePackage.LEGAL_RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__CREATED_AT = BasePackage.LEGAL_RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Voided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__VOIDED_AT = BasePackage.LEGAL_RECORD__VOIDED_AT;

	/**
	 * The feature id for the '<em><b>Voided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__VOIDED_BY = BasePackage.LEGAL_RECORD__VOIDED_BY;

	/**
	 * The feature id for the '<em><b>Void Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__VOID_REASON = BasePackage.LEGAL_RECORD__VOID_REASON;

	/**
	 * The feature id for the '<em><b>Superseded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__SUPERSEDED_BY = BasePackage.LEGAL_RECORD__SUPERSEDED_BY;

	/**
	 * The feature id for the '<em><b>Supersede Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__SUPERSEDE_REASON = BasePackage.LEGAL_RECORD__SUPERSEDE_REASON;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__KIND = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__TITLE = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__STATUS = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__PERIOD_START = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__PERIOD_END = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__DUE_DATE = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__AUTHOR = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__MINE = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__JURISDICTION = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__CAMPAIGN = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Inspection</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__INSPECTION = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__SUBMITTED_AT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Rejection Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__REJECTION_REASON = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Redo Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__REDO_OF = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__SECTIONS = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__AS_OF = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Chain Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__CHAIN_HEAD = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__FIGURES = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_FEATURE_COUNT = BasePackage.LEGAL_RECORD_FEATURE_COUNT + 18;

	/**
	 * The operation id for the '<em>Is Voided</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT___IS_VOIDED = BasePackage.LEGAL_RECORD___IS_VOIDED;

	/**
	 * The operation id for the '<em>Is Superseded</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT___IS_SUPERSEDED = BasePackage.LEGAL_RECORD___IS_SUPERSEDED;

	/**
	 * The number of operations of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_OPERATION_COUNT = BasePackage.LEGAL_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.report.impl.ReportSectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.report.impl.ReportSectionImpl
	 * @see org.minewatch.model.report.impl.ReportPackageImpl#getReportSection()
	 * @generated
	 */
	int REPORT_SECTION = 1;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SECTION__ORDER = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SECTION__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SECTION__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SECTION__KEY = 3;

	/**
	 * The feature id for the '<em><b>Written</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SECTION__WRITTEN = 4;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SECTION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.report.impl.ReportFigureImpl <em>Figure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.report.impl.ReportFigureImpl
	 * @see org.minewatch.model.report.impl.ReportPackageImpl#getReportFigure()
	 * @generated
	 */
	int REPORT_FIGURE = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_FIGURE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_FIGURE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Figure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_FIGURE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Figure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_FIGURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.report.ReportKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.report.ReportKind
	 * @see org.minewatch.model.report.impl.ReportPackageImpl#getReportKind()
	 * @generated
	 */
	int REPORT_KIND = 3;

	/**
	 * The meta object id for the '{@link org.minewatch.model.report.ReportStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.report.ReportStatus
	 * @see org.minewatch.model.report.impl.ReportPackageImpl#getReportStatus()
	 * @generated
	 */
	int REPORT_STATUS = 4;


	/**
	 * Returns the meta object for class '{@link org.minewatch.model.report.Report <em>Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report</em>'.
	 * @see org.minewatch.model.report.Report
	 * @generated
	 */
	EClass getReport();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.Report#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.minewatch.model.report.Report#getKind()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.Report#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.minewatch.model.report.Report#getTitle()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.Report#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.minewatch.model.report.Report#getStatus()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.Report#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.minewatch.model.report.Report#getPeriodStart()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.Report#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.minewatch.model.report.Report#getPeriodEnd()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.Report#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.minewatch.model.report.Report#getDueDate()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_DueDate();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.report.Report#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.minewatch.model.report.Report#getAuthor()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Author();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.report.Report#getMine <em>Mine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mine</em>'.
	 * @see org.minewatch.model.report.Report#getMine()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Mine();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.report.Report#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.minewatch.model.report.Report#getJurisdiction()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Jurisdiction();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.report.Report#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see org.minewatch.model.report.Report#getCampaign()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Campaign();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.report.Report#getInspection <em>Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Inspection</em>'.
	 * @see org.minewatch.model.report.Report#getInspection()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Inspection();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.Report#getSubmittedAt <em>Submitted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted At</em>'.
	 * @see org.minewatch.model.report.Report#getSubmittedAt()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_SubmittedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.Report#getRejectionReason <em>Rejection Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rejection Reason</em>'.
	 * @see org.minewatch.model.report.Report#getRejectionReason()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_RejectionReason();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.report.Report#getRedoOf <em>Redo Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Redo Of</em>'.
	 * @see org.minewatch.model.report.Report#getRedoOf()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_RedoOf();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.report.Report#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.minewatch.model.report.Report#getSections()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Sections();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.Report#getAsOf <em>As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As Of</em>'.
	 * @see org.minewatch.model.report.Report#getAsOf()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_AsOf();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.Report#getChainHead <em>Chain Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chain Head</em>'.
	 * @see org.minewatch.model.report.Report#getChainHead()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_ChainHead();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.report.Report#getFigures <em>Figures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Figures</em>'.
	 * @see org.minewatch.model.report.Report#getFigures()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Figures();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.report.ReportSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see org.minewatch.model.report.ReportSection
	 * @generated
	 */
	EClass getReportSection();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.ReportSection#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.minewatch.model.report.ReportSection#getOrder()
	 * @see #getReportSection()
	 * @generated
	 */
	EAttribute getReportSection_Order();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.ReportSection#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.minewatch.model.report.ReportSection#getTitle()
	 * @see #getReportSection()
	 * @generated
	 */
	EAttribute getReportSection_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.ReportSection#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.minewatch.model.report.ReportSection#getText()
	 * @see #getReportSection()
	 * @generated
	 */
	EAttribute getReportSection_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.ReportSection#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.minewatch.model.report.ReportSection#getKey()
	 * @see #getReportSection()
	 * @generated
	 */
	EAttribute getReportSection_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.ReportSection#isWritten <em>Written</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Written</em>'.
	 * @see org.minewatch.model.report.ReportSection#isWritten()
	 * @see #getReportSection()
	 * @generated
	 */
	EAttribute getReportSection_Written();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.report.ReportFigure <em>Figure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Figure</em>'.
	 * @see org.minewatch.model.report.ReportFigure
	 * @generated
	 */
	EClass getReportFigure();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.ReportFigure#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.minewatch.model.report.ReportFigure#getKey()
	 * @see #getReportFigure()
	 * @generated
	 */
	EAttribute getReportFigure_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.report.ReportFigure#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.minewatch.model.report.ReportFigure#getValue()
	 * @see #getReportFigure()
	 * @generated
	 */
	EAttribute getReportFigure_Value();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.report.ReportKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see org.minewatch.model.report.ReportKind
	 * @generated
	 */
	EEnum getReportKind();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.report.ReportStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.minewatch.model.report.ReportStatus
	 * @generated
	 */
	EEnum getReportStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ReportFactory getReportFactory();

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
		 * The meta object literal for the '{@link org.minewatch.model.report.impl.ReportImpl <em>Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.report.impl.ReportImpl
		 * @see org.minewatch.model.report.impl.ReportPackageImpl#getReport()
		 * @generated
		 */
		EClass REPORT = eINSTANCE.getReport();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__KIND = eINSTANCE.getReport_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__TITLE = eINSTANCE.getReport_Title();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__STATUS = eINSTANCE.getReport_Status();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__PERIOD_START = eINSTANCE.getReport_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__PERIOD_END = eINSTANCE.getReport_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__DUE_DATE = eINSTANCE.getReport_DueDate();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__AUTHOR = eINSTANCE.getReport_Author();

		/**
		 * The meta object literal for the '<em><b>Mine</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__MINE = eINSTANCE.getReport_Mine();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__JURISDICTION = eINSTANCE.getReport_Jurisdiction();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__CAMPAIGN = eINSTANCE.getReport_Campaign();

		/**
		 * The meta object literal for the '<em><b>Inspection</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__INSPECTION = eINSTANCE.getReport_Inspection();

		/**
		 * The meta object literal for the '<em><b>Submitted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__SUBMITTED_AT = eINSTANCE.getReport_SubmittedAt();

		/**
		 * The meta object literal for the '<em><b>Rejection Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__REJECTION_REASON = eINSTANCE.getReport_RejectionReason();

		/**
		 * The meta object literal for the '<em><b>Redo Of</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__REDO_OF = eINSTANCE.getReport_RedoOf();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__SECTIONS = eINSTANCE.getReport_Sections();

		/**
		 * The meta object literal for the '<em><b>As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__AS_OF = eINSTANCE.getReport_AsOf();

		/**
		 * The meta object literal for the '<em><b>Chain Head</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__CHAIN_HEAD = eINSTANCE.getReport_ChainHead();

		/**
		 * The meta object literal for the '<em><b>Figures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__FIGURES = eINSTANCE.getReport_Figures();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.report.impl.ReportSectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.report.impl.ReportSectionImpl
		 * @see org.minewatch.model.report.impl.ReportPackageImpl#getReportSection()
		 * @generated
		 */
		EClass REPORT_SECTION = eINSTANCE.getReportSection();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_SECTION__ORDER = eINSTANCE.getReportSection_Order();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_SECTION__TITLE = eINSTANCE.getReportSection_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_SECTION__TEXT = eINSTANCE.getReportSection_Text();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_SECTION__KEY = eINSTANCE.getReportSection_Key();

		/**
		 * The meta object literal for the '<em><b>Written</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_SECTION__WRITTEN = eINSTANCE.getReportSection_Written();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.report.impl.ReportFigureImpl <em>Figure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.report.impl.ReportFigureImpl
		 * @see org.minewatch.model.report.impl.ReportPackageImpl#getReportFigure()
		 * @generated
		 */
		EClass REPORT_FIGURE = eINSTANCE.getReportFigure();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_FIGURE__KEY = eINSTANCE.getReportFigure_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_FIGURE__VALUE = eINSTANCE.getReportFigure_Value();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.report.ReportKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.report.ReportKind
		 * @see org.minewatch.model.report.impl.ReportPackageImpl#getReportKind()
		 * @generated
		 */
		EEnum REPORT_KIND = eINSTANCE.getReportKind();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.report.ReportStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.report.ReportStatus
		 * @see org.minewatch.model.report.impl.ReportPackageImpl#getReportStatus()
		 * @generated
		 */
		EEnum REPORT_STATUS = eINSTANCE.getReportStatus();

	}

} //ReportPackage
