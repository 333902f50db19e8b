/**
 */
package org.minewatch.model.people;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.minewatch.model.people.PeoplePackage#getRole()
 * @model
 * @generated
 */
public enum Role implements Enumerator {
	/**
	 * The '<em><b>ADMINISTRATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMINISTRATOR_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTRATOR(0, "ADMINISTRATOR", "ADMINISTRATOR"),

	/**
	 * The '<em><b>NATIONAL OFFICIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_OFFICIAL_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_OFFICIAL(1, "NATIONAL_OFFICIAL", "NATIONAL_OFFICIAL"),

	/**
	 * The '<em><b>SUPERVISOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISOR(2, "SUPERVISOR", "SUPERVISOR"),

	/**
	 * The '<em><b>REGULATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATOR_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATOR(3, "REGULATOR", "REGULATOR"),

	/**
	 * The '<em><b>RESIDENT MONITOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENT_MONITOR_VALUE
	 * @generated
	 * @ordered
	 */
	RESIDENT_MONITOR(4, "RESIDENT_MONITOR", "RESIDENT_MONITOR"),

	/**
	 * The '<em><b>ENTERPRISE STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERPRISE_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	ENTERPRISE_STAFF(5, "ENTERPRISE_STAFF", "ENTERPRISE_STAFF"),

	/**
	 * The '<em><b>MINE STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINE_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	MINE_STAFF(6, "MINE_STAFF", "MINE_STAFF"),

	/**
	 * The '<em><b>EXPERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT_VALUE
	 * @generated
	 * @ordered
	 */
	EXPERT(7, "EXPERT", "EXPERT"),

	/**
	 * The '<em><b>VIEWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIEWER_VALUE
	 * @generated
	 * @ordered
	 */
	VIEWER(8, "VIEWER", "VIEWER");

	/**
	 * The '<em><b>ADMINISTRATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMINISTRATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADMINISTRATOR_VALUE = 0;

	/**
	 * The '<em><b>NATIONAL OFFICIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_OFFICIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_OFFICIAL_VALUE = 1;

	/**
	 * The '<em><b>SUPERVISOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISOR_VALUE = 2;

	/**
	 * The '<em><b>REGULATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATOR_VALUE = 3;

	/**
	 * The '<em><b>RESIDENT MONITOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENT_MONITOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESIDENT_MONITOR_VALUE = 4;

	/**
	 * The '<em><b>ENTERPRISE STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERPRISE_STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENTERPRISE_STAFF_VALUE = 5;

	/**
	 * The '<em><b>MINE STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINE_STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINE_STAFF_VALUE = 6;

	/**
	 * The '<em><b>EXPERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPERT_VALUE = 7;

	/**
	 * The '<em><b>VIEWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIEWER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIEWER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Role[] VALUES_ARRAY =
		new Role[] {
			ADMINISTRATOR,
			NATIONAL_OFFICIAL,
			SUPERVISOR,
			REGULATOR,
			RESIDENT_MONITOR,
			ENTERPRISE_STAFF,
			MINE_STAFF,
			EXPERT,
			VIEWER,
		};

	/**
	 * A public read-only list of all the '<em><b>Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Role> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Role get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Role result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Role getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Role result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Role get(int value) {
		switch (value) {
			case ADMINISTRATOR_VALUE: return ADMINISTRATOR;
			case NATIONAL_OFFICIAL_VALUE: return NATIONAL_OFFICIAL;
			case SUPERVISOR_VALUE: return SUPERVISOR;
			case REGULATOR_VALUE: return REGULATOR;
			case RESIDENT_MONITOR_VALUE: return RESIDENT_MONITOR;
			case ENTERPRISE_STAFF_VALUE: return ENTERPRISE_STAFF;
			case MINE_STAFF_VALUE: return MINE_STAFF;
			case EXPERT_VALUE: return EXPERT;
			case VIEWER_VALUE: return VIEWER;
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
	private Role(int value, String name, String literal) {
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
	
} //Role
