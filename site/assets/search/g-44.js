(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-44"]={"p":"YhXOjECNEjGiBhcT"};
