/**
 */
package org.minewatch.model.registry;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mine Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An area or working face of a mine: where a hazard is.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.registry.MineArea#getId <em>Id</em>}</li>
 *   <li>{@link org.minewatch.model.registry.MineArea#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.registry.MineArea#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.registry.MineArea#isActive <em>Active</em>}</li>
 *   <li>{@link org.minewatch.model.registry.MineArea#getPlannedYear <em>Planned Year</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.registry.RegistryPackage#getMineArea()
 * @model
 * @generated
 */
public interface MineArea extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.minewatch.model.registry.RegistryPackage#getMineArea_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.MineArea#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.minewatch.model.registry.RegistryPackage#getMineArea_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.MineArea#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.registry.AreaKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.registry.AreaKind
	 * @see #setKind(AreaKind)
	 * @see org.minewatch.model.registry.RegistryPackage#getMineArea_Kind()
	 * @model
	 * @generated
	 */
	AreaKind getKind();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.MineArea#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.registry.AreaKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AreaKind value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.minewatch.model.registry.RegistryPackage#getMineArea_Active()
	 * @model default="true"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.MineArea#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

	/**
	 * Returns the value of the '<em><b>Planned Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year of the mine's annual mining and heading plan (年度采掘计划) that includes this area; empty when no recorded plan includes it. Shanxi's technical red line is working a face outside the year's plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Year</em>' attribute.
	 * @see #setPlannedYear(Integer)
	 * @see org.minewatch.model.registry.RegistryPackage#getMineArea_PlannedYear()
	 * @model
	 * @generated
	 */
	Integer getPlannedYear();

	/**
	 * Sets the value of the '{@link org.minewatch.model.registry.MineArea#getPlannedYear <em>Planned Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Year</em>' attribute.
	 * @see #getPlannedYear()
	 * @generated
	 */
	void setPlannedYear(Integer value);

} // MineArea
