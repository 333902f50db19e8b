/**
 */
package org.minewatch.model.registry;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Classification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The classes of a mine from a date on (supervision class is adjusted quarterly).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.registry.Classification#getSince <em>Since</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Classification#getSupervisionClass <em>Supervision Class</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Classification#getGasClass <em>Gas Class</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Classification#getHydrogeologicalType <em>Hydrogeological Type</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Classification#getSpontaneousCombustion <em>Spontaneous Combustion</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Classification#getRockBurstRisk <em>Rock Burst Risk</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Classification#getStandardisationGrade <em>Standardisation Grade</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Classification#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.registry.RegistryPackage#getClassification()
 * @model
 * @generated
 */
public interface Classification extends EObject {
	/**
	 * Returns the value of the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Since</em>' attribute.
	 * @see #setSince(LocalDate)
	 * @see org.minewatch.model.registry.RegistryPackage#getClassification_Since()
	 * @model dataType="org.minewatch.model.base.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getSince();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Classification#getSince <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Since</em>' attribute.
	 * @see #getSince()
	 * @generated
	 */
	void setSince(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Supervision Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.registry.SupervisionClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervision Class</em>' attribute.
	 * @see org.minewatch.model.registry.SupervisionClass
	 * @see #setSupervisionClass(SupervisionClass)
	 * @see org.minewatch.model.registry.RegistryPackage#getClassification_SupervisionClass()
	 * @model
	 * @generated
	 */
	SupervisionClass getSupervisionClass();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Classification#getSupervisionClass <em>Supervision Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervision Class</em>' attribute.
	 * @see org.minewatch.model.registry.SupervisionClass
	 * @see #getSupervisionClass()
	 * @generated
	 */
	void setSupervisionClass(SupervisionClass value);

	/**
	 * Returns the value of the '<em><b>Gas Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.registry.GasClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gas Class</em>' attribute.
	 * @see org.minewatch.model.registry.GasClass
	 * @see #setGasClass(GasClass)
	 * @see org.minewatch.model.registry.RegistryPackage#getClassification_GasClass()
	 * @model
	 * @generated
	 */
	GasClass getGasClass();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Classification#getGasClass <em>Gas Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gas Class</em>' attribute.
	 * @see org.minewatch.model.registry.GasClass
	 * @see #getGasClass()
	 * @generated
	 */
	void setGasClass(GasClass value);

	/**
	 * Returns the value of the '<em><b>Hydrogeological Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.registry.HydrogeologicalType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hydrogeological Type</em>' attribute.
	 * @see org.minewatch.model.registry.HydrogeologicalType
	 * @see #setHydrogeologicalType(HydrogeologicalType)
	 * @see org.minewatch.model.registry.RegistryPackage#getClassification_HydrogeologicalType()
	 * @model
	 * @generated
	 */
	HydrogeologicalType getHydrogeologicalType();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Classification#getHydrogeologicalType <em>Hydrogeological Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hydrogeological Type</em>' attribute.
	 * @see org.minewatch.model.registry.HydrogeologicalType
	 * @see #getHydrogeologicalType()
	 * @generated
	 */
	void setHydrogeologicalType(HydrogeologicalType value);

	/**
	 * Returns the value of the '<em><b>Spontaneous Combustion</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.registry.SpontaneousCombustion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spontaneous Combustion</em>' attribute.
	 * @see org.minewatch.model.registry.SpontaneousCombustion
	 * @see #setSpontaneousCombustion(SpontaneousCombustion)
	 * @see org.minewatch.model.registry.RegistryPackage#getClassification_SpontaneousCombustion()
	 * @model
	 * @generated
	 */
	SpontaneousCombustion getSpontaneousCombustion();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Classification#getSpontaneousCombustion <em>Spontaneous Combustion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spontaneous Combustion</em>' attribute.
	 * @see org.minewatch.model.registry.SpontaneousCombustion
	 * @see #getSpontaneousCombustion()
	 * @generated
	 */
	void setSpontaneousCombustion(SpontaneousCombustion value);

	/**
	 * Returns the value of the '<em><b>Rock Burst Risk</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.registry.RockBurstRisk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rock Burst Risk</em>' attribute.
	 * @see org.minewatch.model.registry.RockBurstRisk
	 * @see #setRockBurstRisk(RockBurstRisk)
	 * @see org.minewatch.model.registry.RegistryPackage#getClassification_RockBurstRisk()
	 * @model
	 * @generated
	 */
	RockBurstRisk getRockBurstRisk();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Classification#getRockBurstRisk <em>Rock Burst Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rock Burst Risk</em>' attribute.
	 * @see org.minewatch.model.registry.RockBurstRisk
	 * @see #getRockBurstRisk()
	 * @generated
	 */
	void setRockBurstRisk(RockBurstRisk value);

	/**
	 * Returns the value of the '<em><b>Standardisation Grade</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.registry.StandardisationGrade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standardisation Grade</em>' attribute.
	 * @see org.minewatch.model.registry.StandardisationGrade
	 * @see #setStandardisationGrade(StandardisationGrade)
	 * @see org.minewatch.model.registry.RegistryPackage#getClassification_StandardisationGrade()
	 * @model
	 * @generated
	 */
	StandardisationGrade getStandardisationGrade();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Classification#getStandardisationGrade <em>Standardisation Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standardisation Grade</em>' attribute.
	 * @see org.minewatch.model.registry.StandardisationGrade
	 * @see #getStandardisationGrade()
	 * @generated
	 */
	void setStandardisationGrade(StandardisationGrade value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.minewatch.model.registry.RegistryPackage#getClassification_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Classification#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A severe-disaster mine (灾害严重煤矿): high gas or outburst, complex hydrogeology, or rock burst.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isSevereDisaster();

} // Classification
