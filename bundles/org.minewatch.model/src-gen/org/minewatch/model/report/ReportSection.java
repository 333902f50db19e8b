/**
 */
package org.minewatch.model.report;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.report.ReportSection#getOrder <em>Order</em>}</li>
 *   <li>{@link org.minewatch.model.report.ReportSection#getTitle <em>Title</em>}</li>
 *   <li>{@link org.minewatch.model.report.ReportSection#getText <em>Text</em>}</li>
 *   <li>{@link org.minewatch.model.report.ReportSection#getKey <em>Key</em>}</li>
 *   <li>{@link org.minewatch.model.report.ReportSection#isWritten <em>Written</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.report.ReportPackage#getReportSection()
 * @model
 * @generated
 */
public interface ReportSection extends EObject {
	/**
	 * Returns the value of the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order</em>' attribute.
	 * @see #setOrder(int)
	 * @see org.minewatch.model.report.ReportPackage#getReportSection_Order()
	 * @model
	 * @generated
	 */
	int getOrder();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.ReportSection#getOrder <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order</em>' attribute.
	 * @see #getOrder()
	 * @generated
	 */
	void setOrder(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.minewatch.model.report.ReportPackage#getReportSection_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.ReportSection#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.minewatch.model.report.ReportPackage#getReportSection_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.ReportSection#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which section this is (a narrative section of the report's kind, or a contributed section's source).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.minewatch.model.report.ReportPackage#getReportSection_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.ReportSection#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Written</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Written by a person (narrative); false for a section generated from the store when the report was created.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Written</em>' attribute.
	 * @see #setWritten(boolean)
	 * @see org.minewatch.model.report.ReportPackage#getReportSection_Written()
	 * @model
	 * @generated
	 */
	boolean isWritten();

	/**
	 * Sets the value of the '{@link org.minewatch.model.report.ReportSection#isWritten <em>Written</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Written</em>' attribute.
	 * @see #isWritten()
	 * @generated
	 */
	void setWritten(boolean value);

} // ReportSection
