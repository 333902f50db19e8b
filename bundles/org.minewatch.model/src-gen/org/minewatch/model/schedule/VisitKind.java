/**
 */
package org.minewatch.model.schedule;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Visit Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.minewatch.model.schedule.SchedulePackage#getVisitKind()
 * @model
 * @generated
 */
public enum VisitKind implements Enumerator {
	/**
	 * The '<em><b>PATROL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATROL_VALUE
	 * @generated
	 * @ordered
	 */
	PATROL(0, "PATROL", "PATROL"),

	/**
	 * The '<em><b>SURPRISE CHECK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURPRISE_CHECK_VALUE
	 * @generated
	 * @ordered
	 */
	SURPRISE_CHECK(1, "SURPRISE_CHECK", "SURPRISE_CHECK"),

	/**
	 * The '<em><b>CLOSED MINE CHECK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSED_MINE_CHECK_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSED_MINE_CHECK(2, "CLOSED_MINE_CHECK", "CLOSED_MINE_CHECK"),

	/**
	 * The '<em><b>RESUMPTION CHECK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESUMPTION_CHECK_VALUE
	 * @generated
	 * @ordered
	 */
	RESUMPTION_CHECK(3, "RESUMPTION_CHECK", "RESUMPTION_CHECK");

	/**
	 * The '<em><b>PATROL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATROL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PATROL_VALUE = 0;

	/**
	 * The '<em><b>SURPRISE CHECK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURPRISE_CHECK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SURPRISE_CHECK_VALUE = 1;

	/**
	 * The '<em><b>CLOSED MINE CHECK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSED_MINE_CHECK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOSED_MINE_CHECK_VALUE = 2;

	/**
	 * The '<em><b>RESUMPTION CHECK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESUMPTION_CHECK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESUMPTION_CHECK_VALUE = 3;

	/**
	 * An array of all the '<em><b>Visit Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VisitKind[] VALUES_ARRAY =
		new VisitKind[] {
			PATROL,
			SURPRISE_CHECK,
			CLOSED_MINE_CHECK,
			RESUMPTION_CHECK,
		};

	/**
	 * A public read-only list of all the '<em><b>Visit Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VisitKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Visit Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VisitKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VisitKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Visit Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VisitKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VisitKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Visit Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VisitKind get(int value) {
		switch (value) {
			case PATROL_VALUE: return PATROL;
			case SURPRISE_CHECK_VALUE: return SURPRISE_CHECK;
			case CLOSED_MINE_CHECK_VALUE: return CLOSED_MINE_CHECK;
			case RESUMPTION_CHECK_VALUE: return RESUMPTION_CHECK;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private VisitKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //VisitKind
