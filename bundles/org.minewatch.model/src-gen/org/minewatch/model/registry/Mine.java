/**
 */
package org.minewatch.model.registry;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.minewatch.model.jurisdiction.Jurisdiction;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mine or tailings pond; its status and classes keep their history, so a report for a past period sees it as it was.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.registry.Mine#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Mine#getCode <em>Code</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Mine#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Mine#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Mine#getProvince <em>Province</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Mine#getCounty <em>County</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Mine#getAddress <em>Address</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Mine#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Mine#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Mine#getApprovedCapacity <em>Approved Capacity</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Mine#getStatusHistory <em>Status History</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Mine#getClassHistory <em>Class History</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Mine#getLicences <em>Licences</em>}</li>
 *   <li>{@link org.minewatch.model.registry.Mine#getAreas <em>Areas</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.registry.RegistryPackage#getMine()
 * @model
 * @generated
 */
public interface Mine extends org.minewatch.model.base.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Mine#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The official code of the mine, where the registry has one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Mine#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.registry.MineKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.registry.MineKind
	 * @see #setKind(MineKind)
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_Kind()
	 * @model
	 * @generated
	 */
	MineKind getKind();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Mine#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.registry.MineKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MineKind value);

	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprise</em>' reference.
	 * @see #setEnterprise(Enterprise)
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_Enterprise()
	 * @model
	 * @generated
	 */
	Enterprise getEnterprise();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Mine#getEnterprise <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' reference.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(Enterprise value);

	/**
	 * Returns the value of the '<em><b>Province</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Province</em>' reference.
	 * @see #setProvince(Jurisdiction)
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_Province()
	 * @model
	 * @generated
	 */
	Jurisdiction getProvince();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Mine#getProvince <em>Province</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Province</em>' reference.
	 * @see #getProvince()
	 * @generated
	 */
	void setProvince(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>County</em>' reference.
	 * @see #setCounty(Jurisdiction)
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_County()
	 * @model
	 * @generated
	 */
	Jurisdiction getCounty();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Mine#getCounty <em>County</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>County</em>' reference.
	 * @see #getCounty()
	 * @generated
	 */
	void setCounty(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Mine#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Latitude</em>' attribute.
	 * @see #setLatitude(BigDecimal)
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_Latitude()
	 * @model
	 * @generated
	 */
	BigDecimal getLatitude();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Mine#getLatitude <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latitude</em>' attribute.
	 * @see #getLatitude()
	 * @generated
	 */
	void setLatitude(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Longitude</em>' attribute.
	 * @see #setLongitude(BigDecimal)
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_Longitude()
	 * @model
	 * @generated
	 */
	BigDecimal getLongitude();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Mine#getLongitude <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Longitude</em>' attribute.
	 * @see #getLongitude()
	 * @generated
	 */
	void setLongitude(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Approved Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approved Capacity</em>' attribute.
	 * @see #setApprovedCapacity(BigDecimal)
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_ApprovedCapacity()
	 * @model
	 * @generated
	 */
	BigDecimal getApprovedCapacity();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.Mine#getApprovedCapacity <em>Approved Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved Capacity</em>' attribute.
	 * @see #getApprovedCapacity()
	 * @generated
	 */
	void setApprovedCapacity(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Status History</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.registry.StatusChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status History</em>' containment reference list.
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_StatusHistory()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatusChange> getStatusHistory();

	/**
	 * Returns the value of the '<em><b>Class History</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.registry.Classification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class History</em>' containment reference list.
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_ClassHistory()
	 * @model containment="true"
	 * @generated
	 */
	EList<Classification> getClassHistory();

	/**
	 * Returns the value of the '<em><b>Licences</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.registry.Licence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Licences</em>' containment reference list.
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_Licences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Licence> getLicences();

	/**
	 * Returns the value of the '<em><b>Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.registry.MineArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Areas</em>' containment reference list.
	 * @see org.minewatch.model.registry.RegistryPackage#getMine_Areas()
	 * @model containment="true"
	 * @generated
	 */
	EList<MineArea> getAreas();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The production status in force on the date, or null before the first entry.
	 * <!-- end-model-doc -->
	 * @model dateDataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	ProductionStatus statusOn(LocalDate date);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The classification in force on the date, or null before the first entry.
	 * <!-- end-model-doc -->
	 * @model dateDataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	Classification classificationOn(LocalDate date);

} // Mine
