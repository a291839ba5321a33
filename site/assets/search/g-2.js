(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-2"]={"p":"hacLbFiBWNTDNbNBhYHJhYO"};
