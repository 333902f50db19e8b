/**
 */
package org.minewatch.model.base;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.jurisdiction.Agency;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything the store keeps: a UUID that travels between desktops and bureaus, the agency that owns it, and a revision for optimistic locking.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.base.Record#getId <em>Id</em>}</li>
 *   <li>{@link org.minewatch.model.base.Record#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.minewatch.model.base.Record#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.minewatch.model.base.Record#getCreatedAt <em>Created At</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.base.BasePackage#getRecord()
 * @model abstract="true"
 * @generated
 */
public interface Record extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A random UUID, assigned when the record is created; never reused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.minewatch.model.base.BasePackage#getRecord_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.Record#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agency the record belongs to (its origin); an agency at the top owns itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Agency)
	 * @see org.minewatch.model.base.BasePackage#getRecord_Owner()
	 * @model required="true"
	 * @generated
	 */
	Agency getOwner();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.Record#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Agency value);

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Incremented by the store at every write; a write with a stale revision is refused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(long)
	 * @see org.minewatch.model.base.BasePackage#getRecord_Revision()
	 * @model
	 * @generated
	 */
	long getRevision();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.Record#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(long value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.minewatch.model.base.BasePackage#getRecord_CreatedAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.Record#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

} // Record
